using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>Each rule, end to end through the grains: just below its level nothing, at it the alert, past critical critical.</summary>
[Collection(FloorCollection.Name)]
public sealed class AlertRuleTests(FloorClusterFixture floor)
{
    private DateTimeOffset Now => floor.Clock.GetUtcNow();

    [Fact]
    public async Task A_hold_raises_LongHold_the_moment_it_reaches_60_seconds_and_turns_critical_at_120()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        await floor.Sink.IngestAsync([LoggedIn(agent, team, Now.AddMinutes(-5), queue), Queued(call, queue, Now.AddSeconds(-200)), Answered(call, agent, Now.AddSeconds(-190)), Held(call, Now.AddSeconds(-59))]);
        await floor.AssertQuiet(AlertRule.LongHold, call);

        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        var warning = await floor.WaitFor(AlertRule.LongHold, call, a => a.IsActive, "LongHold warning at 60 s");
        Assert.Equal(AlertSeverity.Warning, warning.Severity);
        Assert.Equal(Now.AddSeconds(-60), warning.Since);
        Assert.Equal(Now, warning.RaisedAt);
        Assert.Equal(queue, warning.QueueId);

        floor.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(AlertSeverity.Warning, (await floor.Latest(AlertRule.LongHold, call))!.Severity);
        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        var critical = await floor.WaitFor(AlertRule.LongHold, call, a => a.Severity == AlertSeverity.Critical, "LongHold critical at 120 s");
        Assert.Equal(warning.AlertId, critical.AlertId); // one alert per rule and subject: severity rises

        await floor.Sink.IngestAsync([Resumed(call, Now)]);
        var cleared = await floor.WaitFor(AlertRule.LongHold, call, a => a.Status == AlertStatus.Cleared, "LongHold cleared on resume");
        Assert.Equal(Now, cleared.ClearedAt);
    }

    [Fact]
    public async Task The_third_hold_warns_and_the_fifth_is_critical()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var t0 = Now.AddMinutes(-10);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, queue), Queued(call, queue, t0), Answered(call, agent, t0.AddSeconds(5)),
            Held(call, t0.AddSeconds(10)), Resumed(call, t0.AddSeconds(15)), Held(call, t0.AddSeconds(20)), Resumed(call, t0.AddSeconds(25))]);
        await floor.AssertQuiet(AlertRule.RepeatedHold, call);

        await floor.Sink.IngestAsync([Held(call, t0.AddSeconds(30)), Resumed(call, t0.AddSeconds(35))]);
        var third = await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.IsActive, "RepeatedHold at the 3rd hold");
        Assert.Equal((AlertSeverity.Warning, t0.AddSeconds(30)), (third.Severity, third.Since));

        await floor.Sink.IngestAsync([Held(call, t0.AddSeconds(40)), Resumed(call, t0.AddSeconds(45)), Held(call, t0.AddSeconds(50)), Resumed(call, t0.AddSeconds(55))]);
        Assert.Equal(AlertSeverity.Critical, (await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.Severity == AlertSeverity.Critical, "5th hold")).Severity);
    }

    [Fact]
    public async Task A_queue_raises_QueueWait_at_20_seconds_of_longest_wait_and_critical_at_60()
    {
        var (call, queue) = (Unique("c"), Unique("q"));
        await floor.Sink.IngestAsync([Queued(call, queue, Now.AddSeconds(-19))]);
        await floor.AssertQuiet(AlertRule.QueueWait, queue);

        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(AlertSeverity.Warning, (await floor.WaitFor(AlertRule.QueueWait, queue, a => a.IsActive, "QueueWait at 20 s")).Severity);
        floor.Clock.Advance(TimeSpan.FromSeconds(40));
        await floor.WaitFor(AlertRule.QueueWait, queue, a => a.Severity == AlertSeverity.Critical, "QueueWait critical at 60 s");

        await floor.Sink.IngestAsync([Abandoned(call, Now)]);
        await floor.WaitFor(AlertRule.QueueWait, queue, a => a.Status == AlertStatus.Cleared, "QueueWait cleared when nobody waits");
    }

    [Fact]
    public async Task A_VIP_caller_waiting_10_seconds_raises_VipWaiting_and_30_seconds_critical()
    {
        var (call, queue) = (Unique("c"), Unique("q"));
        await floor.Sink.IngestAsync([Queued(call, queue, Now.AddSeconds(-9), CustomerTier.Vip)]);
        await floor.AssertQuiet(AlertRule.VipWaiting, call);

        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        await floor.WaitFor(AlertRule.VipWaiting, call, a => a.Severity == AlertSeverity.Warning, "VipWaiting at 10 s");
        floor.Clock.Advance(TimeSpan.FromSeconds(20));
        await floor.WaitFor(AlertRule.VipWaiting, call, a => a.Severity == AlertSeverity.Critical, "VipWaiting at 30 s");
    }

    [Fact]
    public async Task A_call_connected_for_10_minutes_raises_LongCall_while_its_queue_has_too_few_calls_for_an_AHT()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        await floor.Sink.IngestAsync([LoggedIn(agent, team, Now.AddHours(-1), queue), Queued(call, queue, Now.AddSeconds(-610)), Answered(call, agent, Now.AddSeconds(-599))]);
        await floor.AssertQuiet(AlertRule.LongCall, call);

        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        var warning = await floor.WaitFor(AlertRule.LongCall, call, a => a.IsActive, "LongCall at 10 min");
        Assert.Equal(Now.AddSeconds(-600), warning.Since);
        floor.Clock.Advance(TimeSpan.FromMinutes(10));
        await floor.WaitFor(AlertRule.LongCall, call, a => a.Severity == AlertSeverity.Critical, "LongCall at 20 min");
    }

    [Fact]
    public async Task The_second_transfer_warns_and_the_third_is_critical()
    {
        var (call, agent, q1, q2, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("q"), Unique("t"));
        var t0 = Now.AddMinutes(-5);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, q1, q2), Queued(call, q1, t0), Answered(call, agent, t0.AddSeconds(5)), TransferredToQueue(call, q2, t0.AddSeconds(10)), Answered(call, agent, t0.AddSeconds(15))]);
        await floor.AssertQuiet(AlertRule.MultipleTransfers, call);

        await floor.Sink.IngestAsync([TransferredToQueue(call, q1, t0.AddSeconds(20)), Answered(call, agent, t0.AddSeconds(25))]);
        await floor.WaitFor(AlertRule.MultipleTransfers, call, a => a.Severity == AlertSeverity.Warning, "2nd transfer");
        await floor.Sink.IngestAsync([TransferredToQueue(call, q2, t0.AddSeconds(30))]);
        await floor.WaitFor(AlertRule.MultipleTransfers, call, a => a.Severity == AlertSeverity.Critical, "3rd transfer");
    }

    [Fact]
    public async Task Three_minutes_of_wrap_up_raise_LongWrapUp_and_five_critical()
    {
        var (agent, team, queue) = (Unique("a"), Unique("t"), Unique("q"));
        await floor.Sink.IngestAsync([LoggedIn(agent, team, Now.AddHours(-1), queue), State(agent, AgentState.WrapUp, Now.AddSeconds(-179))]);
        await floor.AssertQuiet(AlertRule.LongWrapUp, agent);

        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        var warning = await floor.WaitFor(AlertRule.LongWrapUp, agent, a => a.IsActive, "LongWrapUp at 3 min");
        Assert.Equal(team, warning.TeamId);
        floor.Clock.Advance(TimeSpan.FromMinutes(2));
        await floor.WaitFor(AlertRule.LongWrapUp, agent, a => a.Severity == AlertSeverity.Critical, "LongWrapUp at 5 min");
    }

    [Theory]
    [InlineData("lunch", 60)]
    [InlineData("training", 90)]
    [InlineData("meeting", 90)]
    [InlineData("personal", 15)]
    public async Task Not_ready_longer_than_its_reason_allows_raises_LongNotReady_and_15_minutes_more_critical(string reason, int minutes)
    {
        var (agent, team, queue) = (Unique("a"), Unique("t"), Unique("q"));
        await floor.Sink.IngestAsync([LoggedIn(agent, team, Now.AddHours(-3), queue), State(agent, AgentState.NotReady, Now.AddMinutes(-minutes).AddSeconds(1), reason)]);
        await floor.AssertQuiet(AlertRule.LongNotReady, agent);

        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        await floor.WaitFor(AlertRule.LongNotReady, agent, a => a.Severity == AlertSeverity.Warning, $"LongNotReady at {minutes} min");
        floor.Clock.Advance(TimeSpan.FromMinutes(15));
        await floor.WaitFor(AlertRule.LongNotReady, agent, a => a.Severity == AlertSeverity.Critical, "LongNotReady 15 min later");
    }

    [Fact]
    public async Task Three_difficult_calls_in_a_row_raise_AgentStrain_and_a_break_clears_it()
    {
        var (agent, team, queue) = (Unique("a"), Unique("t"), Unique("q"));
        var t0 = Now.AddMinutes(-30);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, queue)]);
        for (var i = 0; i < 3; i++)
        {
            var call = Unique("c");
            var start = t0.AddMinutes(i * 5);
            await floor.Sink.IngestAsync([Queued(call, queue, start), Answered(call, agent, start.AddSeconds(5)), HandUp(agent, start.AddSeconds(30), "abusive caller", call)]);
            await floor.Sink.IngestAsync([new FloorEvent(Guid.NewGuid().ToString("N"), FloorEventType.AssistanceCleared, start.AddSeconds(60), AgentId: agent), Ended(call, start.AddSeconds(90))]);
            if (i < 2)
            {
                await floor.AssertQuiet(AlertRule.AgentStrain, agent);
            }
        }

        var strain = await floor.WaitFor(AlertRule.AgentStrain, agent, a => a.IsActive, "AgentStrain after 3 difficult calls");
        Assert.Equal(AlertSeverity.Warning, strain.Severity);
        Assert.Equal(t0.AddMinutes(10).AddSeconds(90), strain.Since);

        await floor.Sink.IngestAsync([State(agent, AgentState.NotReady, t0.AddMinutes(16), "break")]);
        await floor.WaitFor(AlertRule.AgentStrain, agent, a => a.Status == AlertStatus.Cleared, "AgentStrain cleared by a break");
    }

    [Fact]
    public async Task An_intervals_service_level_below_target_once_ten_calls_decided_it_raises_ServiceLevel_which_lasts_into_the_next_interval()
    {
        var (queue, team) = (Unique("q"), Unique("t"));
        var s = floor.StartOfNextInterval();
        floor.Clock.Advance(TimeSpan.FromMinutes(10));
        var events = new List<FloorEvent>();
        for (var i = 0; i < 9; i++)
        {
            // 6 of the first 9 within T: 66 % of 9 decided calls is not yet judged.
            var (call, agent) = (Unique("c"), Unique("a"));
            events.AddRange([LoggedIn(agent, team, s, queue), Queued(call, queue, s.AddSeconds(i * 30)), Answered(call, agent, s.AddSeconds(i * 30 + (i < 6 ? 5 : 40)))]);
        }

        await floor.Sink.IngestAsync(events);
        await floor.AssertQuiet(AlertRule.ServiceLevel, queue);

        var (tenth, tenthAgent) = (Unique("c"), Unique("a"));
        await floor.Sink.IngestAsync([LoggedIn(tenthAgent, team, s, queue), Queued(tenth, queue, s.AddSeconds(400)), Answered(tenth, tenthAgent, s.AddSeconds(405))]);
        var alert = await floor.WaitFor(AlertRule.ServiceLevel, queue, a => a.IsActive, "ServiceLevel at 70 % of 10 calls");
        Assert.Equal(AlertSeverity.Warning, alert.Severity); // 7 / 10 = 70 %: below 80 %, not below 60 %

        // A new interval with no decided calls of its own does not end the condition: the same alert stays.
        floor.Clock.Advance(TimeSpan.FromMinutes(5));
        await floor.AssertStill(AlertRule.ServiceLevel, queue, a => a.IsActive && a.AlertId == alert.AlertId);

        // Through a whole interval with no decided call, nothing shows the condition any more.
        floor.Clock.Advance(TimeSpan.FromMinutes(15));
        await floor.WaitFor(AlertRule.ServiceLevel, queue, a => a.Status == AlertStatus.Cleared, "ServiceLevel judged again when the next interval ends");
    }
}
