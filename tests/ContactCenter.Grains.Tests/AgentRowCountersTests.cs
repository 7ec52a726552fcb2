using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>The day counters an agent's row carries to the screens, which add the running state themselves.</summary>
[Collection(FloorCollection.Name)]
public sealed class AgentRowCountersTests(FloorClusterFixture floor)
{
    private DateTimeOffset Now => floor.Clock.GetUtcNow();

    [Fact]
    public async Task A_row_counts_busy_logged_in_and_finished_handle_time_up_to_its_last_state_change()
    {
        var (agent, team, queue, first, second) = (Unique("a"), Unique("t"), Unique("q"), Unique("c"), Unique("c"));
        var t = Now;
        await floor.Sink.IngestAsync([
            LoggedIn(agent, team, t.AddMinutes(-60), queue),
            Queued(first, queue, t.AddMinutes(-31)), Answered(first, agent, t.AddMinutes(-30)), Ended(first, t.AddMinutes(-25)),
            State(agent, AgentState.WrapUp, t.AddMinutes(-25)), State(agent, AgentState.Available, t.AddMinutes(-24)),
            State(agent, AgentState.NotReady, t.AddMinutes(-20), "coaching"), State(agent, AgentState.Available, t.AddMinutes(-15)),
            Queued(second, queue, t.AddMinutes(-11)), Answered(second, agent, t.AddMinutes(-10)),
        ]);

        var row = await Eventually.Get(
            async () => (await floor.Grains.GetGrain<ITeamGrain>(team).GetSnapshot()).Agents.SingleOrDefault(a => a.AgentId == agent),
            r => r is { State: AgentState.Talking },
            "the agent's row on their team, talking");

        // Counted to the answer 10 min ago: 5 min of talk and 1 min of wrap-up busy, all of it the finished call's;
        // logged in 50 min of which 5 not ready. The second call's talk is the screen's to add from there.
        var day = row!.Day!;
        Assert.Equal(t.AddMinutes(-10), day.CountedUntil);
        Assert.Equal(360, day.BusySeconds, 3);
        Assert.Equal(360, day.FinishedHandleSeconds, 3);
        Assert.Equal(3_000, day.LoggedInSeconds, 3);
        Assert.Equal(300, day.NotReadySeconds, 3);
        Assert.Equal([new ReasonSeconds("coaching", 300)], day.NotReadyByReason!);
        Assert.Equal(1, row.CallsToday);
        Assert.Equal(1, day.FinishedLegs);
    }
}
