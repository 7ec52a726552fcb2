using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Contracts.Live;
using ContactCenter.Grains.Agents;
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

        if (State.Agents is { } written)
        {
            State.Members.UnionWith(written.Keys);
            State.Agents = null;
            await Persisted.WriteStateAsync();
        }

        await LoadRowsAsync();
    }

    /// <summary>An agent that has since moved to another team (its removal still in this team's lane) answers no row here.</summary>
    private async Task LoadRowsAsync()
    {
        var team = this.GetPrimaryKeyString();
        var members = State.Members.ToArray();
        var answers = await Task.WhenAll(members.Select(id => GrainFactory.GetGrain<IAgentRowSource>(id).PublishedRow().AsTask()));
        foreach (var row in answers)
        {
            if (row is not null && row.TeamId == team)
            {
                rows[row.AgentId] = row;
            }
        }
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
