using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using Orleans.Runtime;
using Orleans.Streams;
using static ContactCenter.Testing.Events;
using ContactCenter.Contracts.Audit;

namespace ContactCenter.Grains.Tests;

/// <summary>What happens to an alert after it is raised: escalation, supervisors' actions, clearing and the cooldown.</summary>
[Collection(FloorCollection.Name)]
public sealed class AlertLifecycleTests(FloorClusterFixture floor)
{
    private DateTimeOffset Now => floor.Clock.GetUtcNow();

    [Fact]
    public async Task An_unacknowledged_warning_becomes_critical_after_two_minutes_and_reaches_the_whole_floor_two_minutes_later()
    {
        var call = await ThreeHolds();
        var raised = await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.IsActive, "RepeatedHold");
        Assert.Equal((AlertSeverity.Warning, AlertAudience.Team), (raised.Severity, raised.Audience));

        floor.Clock.Advance(TimeSpan.FromSeconds(119));
        await floor.AssertStill(AlertRule.RepeatedHold, call, a => a.Severity == AlertSeverity.Warning);
        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.Severity == AlertSeverity.Critical, "escalated to critical after 2 min");

        floor.Clock.Advance(TimeSpan.FromSeconds(119));
        await floor.AssertStill(AlertRule.RepeatedHold, call, a => a.Audience == AlertAudience.Team);
        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.Audience == AlertAudience.Floor, "whole floor 2 min later");
    }

    [Fact]
    public async Task An_acknowledged_warning_does_not_escalate()
    {
        var call = await ThreeHolds();
        var raised = await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.IsActive, "RepeatedHold");

        var ack = await floor.Alert(AlertRule.RepeatedHold, call).Acknowledge(raised.AlertId, new SupervisorAction("sam"));
        Assert.True(ack.Succeeded);
        floor.Clock.Advance(TimeSpan.FromMinutes(5));

        await floor.AssertStill(AlertRule.RepeatedHold, call, a => a.Severity == AlertSeverity.Warning && a.Status == AlertStatus.Acknowledged && a.AcknowledgedBy == "sam");
    }

    [Fact]
    public async Task The_first_supervisor_to_take_an_alert_wins_and_the_second_is_told_who_has_it()
    {
        var call = await ThreeHolds();
        var alert = await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.IsActive, "RepeatedHold");
        var grain = floor.Alert(AlertRule.RepeatedHold, call);

        var first = await grain.Take(alert.AlertId, new SupervisorAction("sam"));
        var second = await grain.Take(alert.AlertId, new SupervisorAction("kim"));

        Assert.Equal(AlertActionOutcome.Done, first.Outcome);
        Assert.Equal((AlertStatus.Taken, "sam"), (first.Alert!.Status, first.Alert.TakenBy));
        Assert.Equal(AlertActionOutcome.Conflict, second.Outcome);
        Assert.Equal("sam", second.HeldBy);
        Assert.Contains("sam", second.Reason);
        Assert.Equal(AlertActionOutcome.Conflict, (await grain.Resolve(alert.AlertId, null, new SupervisorAction("kim"))).Outcome);
    }

    [Fact]
    public async Task A_snoozed_alert_opens_again_when_the_snooze_runs_out()
    {
        var call = await ThreeHolds();
        var alert = await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.IsActive, "RepeatedHold");
        var grain = floor.Alert(AlertRule.RepeatedHold, call);

        var snoozed = await grain.Snooze(alert.AlertId, 5, new SupervisorAction("sam"));
        Assert.Equal((AlertStatus.Snoozed, Now.AddMinutes(5)), (snoozed.Alert!.Status, snoozed.Alert.SnoozedUntil));
        Assert.Equal(AlertActionOutcome.Invalid, (await grain.Snooze(alert.AlertId, 0, new SupervisorAction("sam"))).Outcome);

        floor.Clock.Advance(TimeSpan.FromMinutes(5));
        await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.Status == AlertStatus.Open, "open again after the snooze");
    }

    [Fact]
    public async Task A_raised_hand_is_critical_at_once_in_its_teams_inbox_and_a_resolve_lowers_only_the_hand_it_answered()
    {
        var (agent, team, queue) = (Unique("a"), Unique("t"), Unique("q"));
        var agentGrain = floor.Grains.GetGrain<IAgentGrain>(agent);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, Now.AddMinutes(-5), queue)]);

        var raised = await agentGrain.RaiseHand("customer asks for a manager", null, agent);
        Assert.NotNull(raised.Assistance);
        var alert = await floor.WaitFor(AlertRule.AssistanceRequested, agent, a => a.IsActive, "assistance alert");
        Assert.Equal((AlertSeverity.Critical, team), (alert.Severity, alert.TeamId));
        Assert.Contains(alert.AlertId, (await floor.Grains.GetGrain<IAlertInboxGrain>(AlertInbox.OfTeam(team)).GetAlerts(false)).Select(a => a.AlertId));

        var resolved = await floor.Alert(AlertRule.AssistanceRequested, agent).Resolve(alert.AlertId, "called the customer back", new SupervisorAction("sam"));
        Assert.Equal((AlertStatus.Resolved, "sam"), (resolved.Alert!.Status, resolved.Alert.ResolvedBy));
        Assert.Equal(AlertActionOutcome.Invalid, (await floor.Alert(AlertRule.AssistanceRequested, agent).Resolve(alert.AlertId, null, new SupervisorAction("sam"))).Outcome);

        // The front end lowers the hand after a resolve; a hand raised after the resolve stays up.
        floor.Clock.Advance(TimeSpan.FromSeconds(1));
        await agentGrain.RaiseHand("a new request", null, agent);
        await agentGrain.LowerHandForResolvedAlert("sam", resolved.Alert.ResolvedAt!.Value);
        Assert.Equal("a new request", (await agentGrain.GetSnapshot())!.Assistance!.Reason);
    }

    [Fact]
    public async Task A_condition_back_within_the_cooldown_reopens_the_same_alert_and_after_it_starts_a_new_one()
    {
        var (queue, team, agent) = (Unique("q"), Unique("t"), Unique("a"));
        var (first, second, third) = (Unique("c"), Unique("c"), Unique("c"));
        var t0 = Now;
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0.AddMinutes(-5), queue), Queued(first, queue, t0), Queued(second, queue, t0.AddSeconds(5))]);
        floor.Clock.Advance(TimeSpan.FromSeconds(20));
        var raised = await floor.WaitFor(AlertRule.QueueWait, queue, a => a.IsActive, "QueueWait at 20 s");

        // The longest caller is answered: the next has waited only 15 s, so the condition ends by itself...
        await floor.Sink.IngestAsync([Answered(first, agent, Now)]);
        await floor.WaitFor(AlertRule.QueueWait, queue, a => a.Status == AlertStatus.Cleared, "cleared by the answer");

        // ...and returns 5 s later, within the cooldown: the same alert opens again.
        floor.Clock.Advance(TimeSpan.FromSeconds(5));
        var reopened = await floor.WaitFor(AlertRule.QueueWait, queue, a => a.IsActive, "reopened");
        Assert.Equal(raised.AlertId, reopened.AlertId);

        await floor.Sink.IngestAsync([Abandoned(second, Now)]);
        await floor.WaitFor(AlertRule.QueueWait, queue, a => a.Status == AlertStatus.Cleared, "cleared again");
        floor.Clock.Advance(TimeSpan.FromSeconds(61));
        await floor.Sink.IngestAsync([Queued(third, queue, Now)]);
        floor.Clock.Advance(TimeSpan.FromSeconds(20));
        var fresh = await floor.WaitFor(AlertRule.QueueWait, queue, a => a.IsActive, "a new alert after the cooldown");
        Assert.EndsWith(":2", fresh.AlertId);
    }

    [Fact]
    public async Task A_hand_raised_again_after_it_was_lowered_is_a_new_request_even_within_the_cooldown()
    {
        var (agent, team, queue) = (Unique("a"), Unique("t"), Unique("q"));
        var agentGrain = floor.Grains.GetGrain<IAgentGrain>(agent);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, Now.AddMinutes(-5), queue)]);

        await agentGrain.RaiseHand("technical problem", null, agent);
        var first = await floor.WaitFor(AlertRule.AssistanceRequested, agent, a => a.IsActive, "first hand");
        await agentGrain.LowerHand(agent);
        await floor.WaitFor(AlertRule.AssistanceRequested, agent, a => a.Status == AlertStatus.Cleared, "cleared when the hand is lowered");

        floor.Clock.Advance(TimeSpan.FromSeconds(10));
        await agentGrain.RaiseHand("abusive caller", null, agent);
        var second = await floor.WaitFor(AlertRule.AssistanceRequested, agent, a => a.IsActive, "second hand");
        Assert.NotEqual(first.AlertId, second.AlertId);
        Assert.Equal((AlertStatus.Open, Now), (second.Status, second.Since));
        Assert.Contains("abusive caller", second.Detail);
    }

    [Fact]
    public async Task Joining_takes_the_alert_publishes_a_join_command_and_every_action_is_audited()
    {
        var received = new List<JoinCommand>();
        var stream = floor.Cluster.Client.GetStreamProvider(JoinCommand.StreamProvider)
            .GetStream<JoinCommand>(StreamId.Create(JoinCommand.StreamNamespace, JoinCommand.StreamKey));
        var subscription = await stream.SubscribeAsync((command, _) =>
        {
            lock (received)
            {
                received.Add(command);
            }

            return Task.CompletedTask;
        });

        var call = await ThreeHolds();
        var alert = await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.IsActive, "RepeatedHold");
        var grain = floor.Alert(AlertRule.RepeatedHold, call);
        var joined = await grain.Join(alert.AlertId, JoinMode.Whisper, new SupervisorAction("sam", "op-1", "10.0.0.7"));
        var repeated = await grain.Join(alert.AlertId, JoinMode.Whisper, new SupervisorAction("sam", "op-1", "10.0.0.7"));
        await grain.AddNote(alert.AlertId, "coaching on hold etiquette", new SupervisorAction("sam"));

        Assert.Equal((AlertStatus.Taken, "sam"), (joined.Alert!.Status, joined.Alert.TakenBy));
        Assert.Single(repeated.Alert!.Joins); // the retried operation changed nothing
        // Memory streams' pulling agents poll on the silo's grain clock: let fake time pass while waiting.
        var command = await Eventually.Get(
            () =>
            {
                floor.Clock.Advance(TimeSpan.FromMilliseconds(100));
                lock (received)
                {
                    return Task.FromResult(received.ToArray());
                }
            },
            r => r.Any(c => c.AlertId == alert.AlertId),
            "join command on the stream");
        var mine = Assert.Single(command, c => c.AlertId == alert.AlertId);
        Assert.Equal((call, "sam", JoinMode.Whisper), (mine.CallId, mine.Supervisor, mine.Mode));

        var audit = await floor.Grains.GetGrain<IAuditTrailGrain>(AuditTrail.DayKey(Now)).GetEntries();
        var actions = audit.Where(e => e.TargetId == alert.AlertId).Select(e => (e.Actor, e.Action)).ToArray();
        Assert.Equal([("sam", "alert-joined"), ("sam", "alert-noted")], actions);
        Assert.Equal("10.0.0.7", audit.First(e => e.TargetId == alert.AlertId).Origin);
        await subscription.UnsubscribeAsync();
    }

    [Fact]
    public async Task A_join_waits_in_the_outbox_until_a_connector_says_it_was_executed()
    {
        var call = await ThreeHolds();
        var alert = await floor.WaitFor(AlertRule.RepeatedHold, call, a => a.IsActive, "RepeatedHold");
        var grain = floor.Alert(AlertRule.RepeatedHold, call);
        var outbox = floor.Grains.GetGrain<IJoinOutboxGrain>(0);
        var operation = $"op-{Guid.NewGuid():N}";

        await grain.Join(alert.AlertId, JoinMode.Barge, new SupervisorAction("sam", operation));
        await grain.Join(alert.AlertId, JoinMode.Barge, new SupervisorAction("sam", operation));

        var waiting = Assert.Single(await outbox.Pending(), c => c.AlertId == alert.AlertId);
        Assert.Equal((operation, call, JoinMode.Barge, "sam"), (waiting.CommandId, waiting.CallId, waiting.Mode, waiting.Supervisor));
        Assert.True(await outbox.Done(operation));
        Assert.True(await outbox.Done(operation)); // a connector's retry is harmless
        Assert.DoesNotContain(await outbox.Pending(), c => c.AlertId == alert.AlertId);
        await outbox.Add(waiting); // the alert's own retry of an executed join does not bring it back
        Assert.DoesNotContain(await outbox.Pending(), c => c.AlertId == alert.AlertId);
        Assert.False(await outbox.Done("no-such-join"));
    }

    [Fact]
    public async Task A_join_left_waiting_past_the_hour_is_no_longer_handed_to_connectors()
    {
        var outbox = floor.Grains.GetGrain<IJoinOutboxGrain>(0);
        var stale = new JoinCommand($"stale-{Guid.NewGuid():N}", "LongHold:stale-call:1", "stale-call", "stale-agent", "sam", JoinMode.Monitor, floor.Clock.GetUtcNow() - TimeSpan.FromMinutes(61));

        await outbox.Add(stale);

        Assert.DoesNotContain(await outbox.Pending(), c => c.CommandId == stale.CommandId);
        Assert.False(await outbox.Done(stale.CommandId)); // pruned on the way in
    }

    private async Task<string> ThreeHolds()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var t0 = Now.AddMinutes(-2);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, queue), Queued(call, queue, t0), Answered(call, agent, t0.AddSeconds(5)),
            Held(call, t0.AddSeconds(10)), Resumed(call, t0.AddSeconds(15)), Held(call, t0.AddSeconds(20)), Resumed(call, t0.AddSeconds(25)),
            Held(call, t0.AddSeconds(30)), Resumed(call, t0.AddSeconds(35))]);
        return call;
    }
}
