using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Teams;
using Orleans.Core.Internal;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>A team writes who is in it, not its agents' rows: the rows come back from the agents when the team activates.</summary>
[Collection(FloorCollection.Name)]
public sealed class TeamRowsTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_members_state_change_writes_nothing_for_the_team_and_a_reactivated_team_shows_every_row_as_it_is()
    {
        var (team, queue, call) = (Unique("t"), Unique("q"), Unique("c"));
        var (a1, a2) = (Unique("a"), Unique("a"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([LoggedIn(a1, team, now.AddMinutes(-5), queue), LoggedIn(a2, team, now.AddMinutes(-5), queue)]);
        var joined = await Stored(team);
        Assert.Equal(new[] { a1, a2 }.Order(StringComparer.Ordinal), joined.State!.Members.Order(StringComparer.Ordinal));
        Assert.Null(joined.State.Agents);

        await floor.Sink.IngestAsync([Queued(call, queue, now.AddSeconds(-60)), Answered(call, a1, now.AddSeconds(-30)), State(a2, AgentState.NotReady, now.AddSeconds(-20), "lunch")]);
        Assert.Equal(joined.ETag, (await Stored(team)).ETag);

        await floor.Grains.GetGrain<ITeamGrain>(team).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var rows = await Eventually.Get(
            async () => (await floor.Grains.GetGrain<ITeamGrain>(team).GetSnapshot()).Agents,
            agents => agents.Length == 2,
            "the reactivated team's rows");

        var (r1, r2) = (rows.Single(r => r.AgentId == a1), rows.Single(r => r.AgentId == a2));
        Assert.Equal((AgentState.Talking, call), (r1.State, r1.CurrentCallId));
        Assert.Equal((AgentState.NotReady, "lunch"), (r2.State, r2.Reason));
    }

    [Fact]
    public async Task A_team_stored_with_whole_rows_keeps_its_members_and_shows_them_from_the_agents()
    {
        var (team, queue, agent) = (Unique("t"), Unique("q"), Unique("a"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([LoggedIn(agent, team, now.AddMinutes(-5), queue)]);
        await floor.Grains.GetGrain<ITeamGrain>(team).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var stale = new AgentRow(agent, null, team, [queue], AgentState.LoggedOut, null, now.AddHours(-1), null, null, 0);
        await floor.StoreAsync("team", team, new GrainState<TeamGrainState>(new TeamGrainState
        {
            Registered = true,
            Agents = new Dictionary<string, AgentRow> { [agent] = stale },
        }) { ETag = (await Stored(team)).ETag });

        var rows = await Eventually.Get(
            async () => (await floor.Grains.GetGrain<ITeamGrain>(team).GetSnapshot()).Agents,
            agents => agents.Length == 1,
            "the upgraded team's row");

        Assert.Equal(AgentState.Available, rows[0].State);
        var upgraded = await Stored(team);
        Assert.Equal([agent], upgraded.State!.Members);
        Assert.Null(upgraded.State.Agents);
    }

    [Fact]
    public async Task A_member_that_answers_it_is_in_another_team_is_dropped_when_the_team_comes_back()
    {
        var (team, other, queue, agent) = (Unique("t"), Unique("t"), Unique("q"), Unique("a"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([LoggedIn(agent, team, now.AddMinutes(-5), queue)]);
        await floor.Grains.GetGrain<ITeamGrain>(team).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        // The agent moved while the old team's state still named it (its removal lost, say).
        await floor.Sink.IngestAsync([LoggedOut(agent, now.AddMinutes(-2)), LoggedIn(agent, other, now.AddMinutes(-1), queue)]);
        var stale = await Stored(team);
        stale.State!.Members.Add(agent);
        await floor.StoreAsync("team", team, stale);
        await floor.Grains.GetGrain<ITeamGrain>(team).Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var agents = await Eventually.Get(
            async () => (await floor.Grains.GetGrain<ITeamGrain>(team).GetSnapshot()).Agents,
            rows => rows.Length == 0,
            "the old team without the agent");

        Assert.Empty(agents);
        Assert.Empty((await Stored(team)).State!.Members);
    }

    private Task<GrainState<TeamGrainState>> Stored(string team) => floor.StoredAsync<TeamGrainState>("team", team);
}
