using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Contracts.Live;
using ContactCenter.Grains.Live;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Queues;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Configuration;
using ContactCenter.Grains.Recovery;

namespace ContactCenter.Grains.Teams;

/// <summary>One team: a partition of the floor view holding its agents' rows (its alerts are in its inbox).</summary>
public sealed class TeamGrain : DurableGrain<TeamGrainState>, ITeamGrain, IFeedGrain, IWakeGrain
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
        feed = new FeedPublisher(GrainFactory, WallClock, Paced(FeedPublisher.FlushDelay, this.AsReference<IFeedGrain>().FlushFeed));
        if (!State.Registered)
        {
            await GrainFactory.GetGrain<IFloorDirectoryGrain>(0).RegisterTeam(this.GetPrimaryKeyString());
            State.Registered = true;
            await Persisted.WriteStateAsync();
        }
    }

    public ValueTask Apply(AgentRowUpdate[] agents)
    {
        foreach (var (agentId, row) in agents)
        {
            if (row is null)
            {
                State.Agents.Remove(agentId);
            }
            else
            {
                State.Agents[agentId] = row;
            }

            feed.Add(LiveChange.ForAgent(this.GetPrimaryKeyString(), agentId, row));
        }

        MarkDirty();
        return ValueTask.CompletedTask;
    }

    public Task FlushFeed() => feed.FlushAsync();

    public ValueTask<WakeList> Wake() =>
        ValueTask.FromResult(new WakeList([], [.. State.Agents.Keys], [AlertInbox.OfTeam(this.GetPrimaryKeyString())], []));

    public ValueTask<TeamSnapshot> GetSnapshot()
    {
        var agents = State.Agents.Values.OrderBy(a => a.AgentId, StringComparer.Ordinal).ToArray();
        return ValueTask.FromResult(new TeamSnapshot(
            this.GetPrimaryKeyString(), agents, StaffingCount.Of(agents), [], Clock.GetUtcNow()));
    }
}
