using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.History;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// An agent's events of a past day (a replayed log, a late connector) count into that day as the
/// live agent would have counted them: handled legs and handle time in the queue's intervals of
/// that day, the agent's day in the history. The agent as it is now is left alone.
/// </summary>
[Collection(FloorCollection.Name)]
public sealed class PastDayAgentTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_past_day_replayed_counts_its_legs_and_the_agents_day_once_and_leaves_the_live_agent_alone()
    {
        var (agent, queue, call) = (Unique("a"), Unique("q"), Unique("c"));
        var day = DateOnly.FromDateTime(floor.Clock.GetUtcNow().UtcDateTime).AddDays(-3);
        var t0 = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        FloorEvent[] log =
        [
            LoggedIn(agent, "t1", t0, queue),
            Queued(call, queue, t0.AddSeconds(60)),
            Answered(call, agent, t0.AddSeconds(80)),
            Held(call, t0.AddSeconds(200)),
            Resumed(call, t0.AddSeconds(230)),
            Ended(call, t0.AddSeconds(380)),
            State(agent, AgentState.WrapUp, t0.AddSeconds(380)),
            State(agent, AgentState.Available, t0.AddSeconds(410)),
            State(agent, AgentState.NotReady, t0.AddSeconds(600), "lunch"),
            State(agent, AgentState.Available, t0.AddSeconds(2400)),
            LoggedOut(agent, t0.AddSeconds(3600)),
        ];

        var first = await floor.Sink.IngestAsync(log);

        Assert.Equal((log.Length, 0), (first.Accepted, first.Duplicates));
        Assert.Empty(first.Rejected);
        // By hand: talk 80-200 and 230-380 (270 s), hold 30 s, wrap-up 30 s: one leg of 330 s, completed at 10:06:50.
        var queueGrain = floor.Grains.GetGrain<IQueueGrain>(queue);
        var (from, to) = (t0, t0.AddMinutes(15));
        var stats = await queueGrain.GetStats(from, to);
        Assert.Equal((1, 1, 1, 330.0), (stats.Totals.Offered, stats.Totals.Answered, stats.Totals.Handled, stats.Totals.TotalHandleSeconds));
        Assert.Equal(330.0, stats.Totals.AhtSeconds);
        var part = Assert.Single(await floor.History.AgentDaysAsync(agent, day, day));
        Assert.True(part.Late);
        Assert.Equal(
            (1, 270.0, 30.0, 30.0, 1800.0, 3600.0),
            (part.Totals.Calls, part.Totals.TalkSeconds, part.Totals.HoldSeconds, part.Totals.WrapUpSeconds, part.Totals.NotReadySeconds, part.Totals.LoggedInSeconds));
        Assert.Equal(1800.0, part.Totals.NotReadyByReason["lunch"]);
        Assert.Null(await floor.Grains.GetGrain<IAgentGrain>(agent).GetSnapshot());

        var again = await floor.Sink.IngestAsync(log);

        Assert.Equal((0, log.Length), (again.Accepted, again.Duplicates));
        Assert.Equal(stats.Totals, (await queueGrain.GetStats(from, to)).Totals);
        var stored = Assert.Single(await floor.History.AgentDaysAsync(agent, day, day));
        Assert.Equal((part.Totals.Calls, part.Totals.LoggedInSeconds, part.Totals.NotReadySeconds), (stored.Totals.Calls, stored.Totals.LoggedInSeconds, stored.Totals.NotReadySeconds));
    }

    [Fact]
    public async Task On_a_day_the_live_agent_counted_a_late_call_adds_its_time_and_the_agents_own_late_events_are_refused()
    {
        var (agent, queue, call) = (Unique("a"), Unique("q"), Unique("c"));
        var day = DateOnly.FromDateTime(floor.Clock.GetUtcNow().UtcDateTime).AddDays(-2);
        var t0 = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
        // What the live agent counted that day: eight hours logged in, half an hour not ready, 40 calls.
        await floor.History.SaveAgentDayAsync(new AgentDayRecord(agent, "t1", new AgentDayTotals(day, 40, 9000, 300, 1200, 1800, 28800, new() { ["lunch"] = 1800 })));

        var result = await floor.Sink.IngestAsync([
            Queued(call, queue, t0), Answered(call, agent, t0.AddSeconds(20)), Ended(call, t0.AddSeconds(140)),
            State(agent, AgentState.NotReady, t0.AddSeconds(200), "coaching")]);

        Assert.Equal(3, result.Accepted);
        var refused = Assert.Single(result.Rejected);
        Assert.Contains("counted live", $"{refused.Reason} {refused.Detail}", StringComparison.Ordinal);
        var stats = await floor.Grains.GetGrain<IQueueGrain>(queue).GetStats(t0, t0.AddMinutes(15));
        Assert.Equal((1, 120.0), (stats.Totals.Handled, stats.Totals.TotalHandleSeconds));
        var combined = Assert.Single(AgentDayRecord.Combine(await floor.History.AgentDaysAsync(agent, day, day)));
        Assert.Equal(
            (41, 9120.0, 1800.0, 28800.0),
            (combined.Totals.Calls, combined.Totals.TalkSeconds, combined.Totals.NotReadySeconds, combined.Totals.LoggedInSeconds));
        Assert.False(combined.Totals.NotReadyByReason.ContainsKey("coaching"));
    }
}
