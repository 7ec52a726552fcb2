using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Contracts.Live;
using ContactCenter.Grains.Live;
using ContactCenter.Grains.Configuration;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Queues;

namespace ContactCenter.Grains.Teams;

/// <summary>One team: a partition of the floor view holding its agents' rows and the alerts about them.</summary>
public sealed class TeamGrain : FloorGrain<TeamGrainState>, ITeamGrain, IFeedGrain
{
    public TeamGrain(
        [PersistentState("team", FloorStorage.Name)] IPersistentState<TeamGrainState> state,
        FloorSettings settings,
        TimeProvider clock)
        : base(state, settings, clock)
    {
    }

    private FeedPublisher feed = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        feed = new FeedPublisher(GrainFactory, RealTime, Paced(FeedPublisher.FlushDelay, this.AsReference<IFeedGrain>().FlushFeed));
        if (!State.Registered)
        {
            await GrainFactory.GetGrain<IFloorDirectoryGrain>(0).RegisterTeam(this.GetPrimaryKeyString());
            State.Registered = true;
            await Persisted.WriteStateAsync();
        }
    }

    public ValueTask UpdateAgent(string agentId, AgentRow? row)
    {
        if (row is null)
        {
            State.Agents.Remove(agentId);
        }
        else
        {
            State.Agents[agentId] = row;
        }

        feed.Add(FloorChange.ForAgent(this.GetPrimaryKeyString(), agentId, row));
        Writer.MarkDirty();
        return ValueTask.CompletedTask;
    }

    public Task FlushFeed() => feed.FlushAsync();

    public ValueTask UpsertAlert(AlertSnapshot alert)
    {
        State.Alerts.Upsert(alert);
        feed.Add(FloorChange.ForAlert(alert));
        Writer.MarkDirty();
        return ValueTask.CompletedTask;
    }

    public ValueTask<TeamSnapshot> GetSnapshot()
    {
        var agents = State.Agents.Values.OrderBy(a => a.AgentId, StringComparer.Ordinal).ToArray();
        return ValueTask.FromResult(new TeamSnapshot(
            this.GetPrimaryKeyString(), agents, StaffingCount.Of(agents), State.Alerts.Active(), Clock.GetUtcNow()));
    }

    public ValueTask<AlertSnapshot[]> GetAlerts(bool includeClosed) =>
        ValueTask.FromResult(includeClosed ? State.Alerts.All() : State.Alerts.Active());
}
