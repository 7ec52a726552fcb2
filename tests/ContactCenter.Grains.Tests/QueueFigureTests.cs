using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

[Collection(FloorCollection.Name)]
public sealed class QueueFigureTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_queues_figures_follow_DOMAIN_md_on_a_scenario_computed_by_hand()
    {
        var queue = Unique("q");
        var (a1, a2, a3, a4, team) = (Unique("a"), Unique("a"), Unique("a"), Unique("a"), Unique("t"));
        var (c1, c2, c3, c4, c5, c6, c7) = (Unique("c"), Unique("c"), Unique("c"), Unique("c"), Unique("c"), Unique("c"), Unique("c"));
        var s = floor.StartOfNextInterval();
        floor.Clock.Advance(TimeSpan.FromMinutes(16));
        DateTimeOffset At(int seconds) => s.AddSeconds(seconds);

        var result = await floor.Sink.IngestAsync(
        [
            LoggedIn(a1, team, At(0), queue), LoggedIn(a2, team, At(0), queue), LoggedIn(a3, team, At(0), queue), LoggedIn(a4, team, At(0), queue),
            // c1: answered within T (10 s), 20 s hold, talk 100, then 30 s of wrap-up added to its handle time.
            Queued(c1, queue, At(0)), Answered(c1, a1, At(10)), Held(c1, At(70)), Resumed(c1, At(90)), Ended(c1, At(130)),
            State(a1, AgentState.WrapUp, At(130)), State(a1, AgentState.Available, At(160)),
            // c2: answered after T (30 s), 60 s talk, no wrap-up.
            Queued(c2, queue, At(20)), Answered(c2, a2, At(50)), Ended(c2, At(110)),
            // c3: abandoned after T (40 s). c4: a short abandon (3 s) counts in no figure but shortAbandoned.
            Queued(c3, queue, At(30)), Abandoned(c3, At(70)),
            Queued(c4, queue, At(40)), Abandoned(c4, At(43)),
            // c5: answered within T (5 s) and still on hold now: offered and answered, not completed.
            Queued(c5, queue, At(100)), Answered(c5, a3, At(105)), Held(c5, At(200)),
            // c6: abandoned after 12 s: abandoned, but not after T.
            Queued(c6, queue, At(300)), Abandoned(c6, At(312)),
            // c7: offered in the first interval, answered (20 s: within T) in the second.
            Queued(c7, queue, At(890)), Answered(c7, a4, At(910)),
        ]);
        Assert.Empty(result.Rejected);

        var grain = floor.Grains.GetGrain<IQueueGrain>(queue);
        var first = (await grain.GetStats(s, s.AddMinutes(15))).Totals;
        Assert.Equal(6, first.Offered);
        Assert.Equal(3, first.Answered);
        Assert.Equal(2, first.AnsweredWithinThreshold);
        Assert.Equal(2, first.Abandoned);
        Assert.Equal(1, first.AbandonedAfterThreshold);
        Assert.Equal(1, first.ShortAbandoned);
        Assert.Equal(2, first.Completed);
        Assert.Equal(0.5, first.ServiceLevel);           // 2 / (3 answered + 1 abandoned after T)
        Assert.Equal(15, first.AsaSeconds);              // (10 + 30 + 5) / 3
        Assert.Equal(105, first.AhtSeconds);             // (120 + 30 wrap-up + 60) / 2
        Assert.Equal(2.0 / 6.0, first.AbandonRate!.Value, 9);

        var second = (await grain.GetStats(s.AddMinutes(15), s.AddMinutes(30))).Totals;
        Assert.Equal((0, 1, 1), (second.Offered, second.Answered, second.AnsweredWithinThreshold));
        Assert.Null(second.AhtSeconds);                  // no completed call: no value, not 0
        Assert.Null(second.AbandonRate);

        var report = await grain.GetStats(s, s.AddMinutes(30));
        Assert.Equal(2, report.Intervals.Length);
        Assert.Equal(0.6, report.Totals.ServiceLevel);   // 3 / (4 + 1)
        Assert.Equal(16.25, report.Totals.AsaSeconds);   // (10 + 30 + 5 + 20) / 4

        var live = await grain.GetSnapshot();
        Assert.Equal(0, live.WaitingCount);
        Assert.Equal(2, live.Connected.Length);          // c5 on hold, c7 talking
        Assert.Equal(new Staffing(4, 2, 2, 0, 0), live.Staffing);
    }

    [Fact]
    public async Task A_queue_with_its_own_service_level_threshold_counts_against_it()
    {
        // qfast has ServiceLevelSeconds = 10 in the fixture's configuration.
        var (call, agent, team) = (Unique("c"), Unique("a"), Unique("t"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-2);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, "qfast"), Queued(call, "qfast", t0), Answered(call, agent, t0.AddSeconds(15)), Ended(call, t0.AddSeconds(30))]);

        var stats = (await floor.Grains.GetGrain<IQueueGrain>("qfast").GetStats(t0.AddHours(-1), t0.AddHours(1))).Totals;
        Assert.True(stats.Answered >= 1);
        Assert.True(stats.Answered > stats.AnsweredWithinThreshold, "a 15 s answer is outside a 10 s threshold");
    }
}
