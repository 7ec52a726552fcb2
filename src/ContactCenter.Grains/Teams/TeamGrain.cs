using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Configuration;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Queues;

namespace ContactCenter.Grains.Teams;

/// <summary>One team: a partition of the floor view holding its agents' rows and the alerts about them.</summary>
public sealed class TeamGrain : Grain, ITeamGrain
{
    private readonly IPersistentState<TeamGrainState> state;
    private readonly TimeProvider clock;
    private readonly WriteBehind<TeamGrainState> writer;

    public TeamGrain(
        [PersistentState("team", FloorStorage.Name)] IPersistentState<TeamGrainState> state,
        FloorSettings settings,
        TimeProvider clock)
    {
        this.state = state;
        this.clock = clock;
        writer = new WriteBehind<TeamGrainState>(this, state, settings.StateWriteDelay);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.State.Registered)
        {
            await GrainFactory.GetGrain<IFloorDirectoryGrain>(0).RegisterTeam(this.GetPrimaryKeyString());
            state.State.Registered = true;
            await state.WriteStateAsync();
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => writer.FlushAsync();

    public ValueTask UpdateAgent(string agentId, AgentRow? row)
    {
        if (row is null)
        {
            state.State.Agents.Remove(agentId);
        }
        else
        {
            state.State.Agents[agentId] = row;
        }

        writer.MarkDirty();
        return ValueTask.CompletedTask;
    }

    public ValueTask UpsertAlert(AlertSnapshot alert)
    {
        state.State.Alerts.Upsert(alert);
        writer.MarkDirty();
        return ValueTask.CompletedTask;
    }

    public ValueTask<TeamSnapshot> GetSnapshot()
    {
        var agents = state.State.Agents.Values.OrderBy(a => a.AgentId, StringComparer.Ordinal).ToArray();
        return ValueTask.FromResult(new TeamSnapshot(
            this.GetPrimaryKeyString(), agents, StaffingCount.Of(agents), state.State.Alerts.Active(), clock.GetUtcNow()));
    }

    public ValueTask<AlertSnapshot[]> GetAlerts(bool includeClosed) =>
        ValueTask.FromResult(includeClosed ? state.State.Alerts.All() : state.State.Alerts.Active());
}
