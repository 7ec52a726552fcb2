using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Contracts.Live;
using ContactCenter.Grains.Agents;
using ContactCenter.Grains.Aggregates;
using ContactCenter.Grains.Live;
using ContactCenter.Grains.Persistence;
using ContactCenter.Grains.Queues;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Configuration;
using ContactCenter.Grains.Recovery;

namespace ContactCenter.Grains.Teams;

/// <summary>
/// One team: a partition of the floor view holding its agents' rows (its alerts are in its inbox).
/// Only membership is written; the rows live in memory and come back from the agents on activation.
/// </summary>
public sealed class TeamGrain : DurableGrain<TeamGrainState>, ITeamGrain, IFeedGrain, IWakeGrain
{
    public TeamGrain(
        [PersistentState("team", FloorStorage.Name)] IPersistentState<TeamGrainState> state,
        FloorSettings settings,
        TimeProvider clock)
        : base(state, settings, clock)
    {
    }

    private readonly Dictionary<string, AgentRow> rows = new(StringComparer.Ordinal);
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

        var upgraded = false;
        if (State.Agents is { } written)
        {
            State.Members.UnionWith(written.Keys);
            State.Agents = null;
            upgraded = true;
        }

        if (await LoadRowsAsync() || upgraded)
        {
            await Persisted.WriteStateAsync();
        }
    }

    /// <summary>
    /// An agent that answers no row here has left the team (its removal may still be in this
    /// team's lane) and is dropped; true if any was.
    /// </summary>
    private async Task<bool> LoadRowsAsync()
    {
        var team = this.GetPrimaryKeyString();
        var answers = await MemberRows.AskAsync(
            State.Members, id => GrainFactory.GetGrain<IAgentRowSource>(id).PublishedRow().AsTask(), Log, $"team {team}");
        var left = false;
        foreach (var (id, row, answered) in answers)
        {
            if (row is not null && row.TeamId == team)
            {
                rows[id] = row;
            }
            else if (answered)
            {
                left |= State.Members.Remove(id);
            }
        }

        return left;
    }

    public ValueTask Apply(AgentRowUpdate[] agents)
    {
        var joinedOrLeft = false;
        foreach (var (agentId, row) in agents)
        {
            if (row is null)
            {
                rows.Remove(agentId);
                joinedOrLeft |= State.Members.Remove(agentId);
            }
            else
            {
                rows[agentId] = row;
                joinedOrLeft |= State.Members.Add(agentId);
            }

            feed.Add(LiveChange.ForAgent(this.GetPrimaryKeyString(), agentId, row));
        }

        if (joinedOrLeft)
        {
            MarkDirty();
        }

        return ValueTask.CompletedTask;
    }

    public Task FlushFeed() => feed.FlushAsync();

    public ValueTask<WakeList> Wake() =>
        ValueTask.FromResult(new WakeList([], [.. State.Members], [AlertInbox.OfTeam(this.GetPrimaryKeyString())], []));

    public ValueTask<TeamSnapshot> GetSnapshot()
    {
        var agents = rows.Values.OrderBy(a => a.AgentId, StringComparer.Ordinal).ToArray();
        return ValueTask.FromResult(new TeamSnapshot(
            this.GetPrimaryKeyString(), agents, StaffingCount.Of(agents), [], Clock.GetUtcNow()));
    }
}
