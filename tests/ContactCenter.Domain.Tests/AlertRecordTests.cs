using ContactCenter.Contracts.Alerts;
using ContactCenter.Domain.Alerts;
using ContactCenter.Domain.Configuration;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

/// <summary>The alert lifecycle of DOMAIN.md. The condition begins at 09:00:00 and is raised at R = 09:01:00.</summary>
public sealed class AlertRecordTests
{
    private static readonly AlertLifecycleOptions Options = new();
    private static readonly DateTimeOffset Began = S(0);
    private static readonly DateTimeOffset R = S(60);

    private static DateTimeOffset At(double secondsAfterRaise) => R.AddSeconds(secondsAfterRaise);

    private static AlertCondition Condition(AlertSeverity severity, DateTimeOffset? since = null, string detail = "on hold for 60 s") =>
        new(AlertRule.LongHold, severity, SubjectKind.Call, "c1", since ?? Began, detail, "c1", "a1", "q1", "t1");

    private static AlertRecord Raised(AlertSeverity severity = AlertSeverity.Warning)
    {
        var alert = new AlertRecord();
        Assert.True(alert.Raise(Condition(severity), R, Options));
        return alert;
    }

    [Fact]
    public void A_raised_alert_is_open_for_the_team_with_its_since_and_raised_at()
    {
        var alert = new AlertRecord();
        Assert.False(alert.Exists);
        Assert.False(alert.IsActive);

        Assert.True(alert.Raise(Condition(AlertSeverity.Warning), R, Options));

        Assert.True(alert.Exists);
        Assert.True(alert.IsActive);
        Assert.True(alert.ConditionHolds);
        Assert.Equal("LongHold:c1:1", alert.AlertId);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.Equal(Began, alert.Since);
        Assert.Equal(R, alert.RaisedAt);
        Assert.Equal(R, alert.UpdatedAt);
        Assert.Equal(AlertAudience.Team, alert.Audience);
        Assert.Equal(("c1", "a1", "q1", "t1"), (alert.CallId, alert.AgentId, alert.QueueId, alert.TeamId));
        Assert.Equal(SubjectKind.Call, alert.SubjectKind);
        Assert.Equal("on hold for 60 s", alert.Detail);
        // Unacknowledged, the warning becomes critical 120 s after it was raised.
        Assert.Equal(At(120), alert.NextLifecycleAt(Options));

        var snapshot = alert.ToSnapshot();
        Assert.Equal("LongHold:c1:1", snapshot.AlertId);
        Assert.Equal(AlertStatus.Open, snapshot.Status);
        Assert.Equal(Began, snapshot.Since);
        Assert.Equal(R, snapshot.RaisedAt);
        Assert.True(snapshot.IsActive);
    }

    [Fact]
    public void A_worse_threshold_raises_the_severity_of_the_same_alert_and_a_lesser_one_changes_nothing()
    {
        var alert = Raised();

        Assert.False(alert.Raise(Condition(AlertSeverity.Warning), At(10), Options));
        Assert.True(alert.Raise(Condition(AlertSeverity.Critical, detail: "on hold for 120 s"), At(60), Options));

        Assert.Equal("LongHold:c1:1", alert.AlertId);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Equal("on hold for 120 s", alert.Detail);
        Assert.Equal(R, alert.RaisedAt);
        Assert.Equal(Began, alert.Since);
        Assert.Equal(At(60), alert.UpdatedAt);
        // Critical since 60 s after raising: the whole floor sees it 120 s later.
        Assert.Equal(At(180), alert.NextLifecycleAt(Options));

        Assert.False(alert.Raise(Condition(AlertSeverity.Warning), At(70), Options));
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Equal(1, alert.Instance);
    }

    [Fact]
    public void An_unacknowledged_warning_becomes_critical_after_two_minutes_and_reaches_the_floor_two_minutes_later()
    {
        var alert = Raised();

        Assert.False(alert.Advance(At(119), Options));
        Assert.Equal(AlertSeverity.Warning, alert.Severity);

        Assert.True(alert.Advance(At(120), Options));
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Equal(AlertAudience.Team, alert.Audience);
        Assert.Equal(At(120), alert.CriticalSince);
        Assert.Equal(At(240), alert.NextLifecycleAt(Options));

        Assert.False(alert.Advance(At(239), Options));
        Assert.Equal(AlertAudience.Team, alert.Audience);

        Assert.True(alert.Advance(At(240), Options));
        Assert.Equal(AlertAudience.Floor, alert.Audience);
        Assert.Equal(At(240), alert.UpdatedAt);
        Assert.Null(alert.NextLifecycleAt(Options));
        Assert.False(alert.Advance(At(1000), Options));
    }

    [Fact]
    public void A_late_timer_applies_escalation_and_widening_at_once()
    {
        var alert = Raised();

        Assert.True(alert.Advance(At(300), Options));

        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Equal(AlertAudience.Floor, alert.Audience);
    }

    [Fact]
    public void An_alert_raised_critical_reaches_the_floor_after_two_unacknowledged_minutes()
    {
        var alert = Raised(AlertSeverity.Critical);

        Assert.Equal(At(120), alert.NextLifecycleAt(Options));
        Assert.False(alert.Advance(At(119), Options));
        Assert.True(alert.Advance(At(120), Options));
        Assert.Equal(AlertAudience.Floor, alert.Audience);
    }

    [Fact]
    public void Acknowledging_stops_the_escalation()
    {
        var alert = Raised();

        var result = alert.Acknowledge("sup-a", At(60));

        Assert.Equal(AlertActionOutcome.Done, result.Outcome);
        Assert.True(result.Succeeded);
        Assert.Equal(AlertStatus.Acknowledged, result.Alert!.Status);
        Assert.Equal("sup-a", alert.AcknowledgedBy);
        Assert.Equal(At(60), alert.UpdatedAt);
        Assert.Null(alert.NextLifecycleAt(Options));
        Assert.False(alert.Advance(At(1000), Options));
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.Equal(AlertAudience.Team, alert.Audience);

        // The first to acknowledge stays on record.
        Assert.True(alert.Acknowledge("sup-b", At(70)).Succeeded);
        Assert.Equal("sup-a", alert.AcknowledgedBy);
    }

    [Fact]
    public void Acknowledging_a_critical_alert_keeps_it_with_the_team()
    {
        var alert = Raised(AlertSeverity.Critical);

        alert.Acknowledge("sup-a", At(30));

        Assert.False(alert.Advance(At(500), Options));
        Assert.Equal(AlertAudience.Team, alert.Audience);
    }

    [Fact]
    public void The_first_supervisor_to_take_an_alert_wins_and_a_second_is_told_who_has_it()
    {
        var alert = Raised();

        var first = alert.Take("sup-a", At(10));
        var second = alert.Take("sup-b", At(11));

        Assert.Equal(AlertActionOutcome.Done, first.Outcome);
        Assert.Equal(AlertStatus.Taken, alert.Status);
        Assert.Equal("sup-a", alert.TakenBy);
        Assert.Equal(At(10), alert.TakenAt);
        Assert.Equal("sup-a", alert.AcknowledgedBy);

        Assert.Equal(AlertActionOutcome.Conflict, second.Outcome);
        Assert.False(second.Succeeded);
        Assert.Equal("sup-a", second.HeldBy);
        Assert.Contains("sup-a", second.Reason);
        Assert.Equal("sup-a", second.Alert!.TakenBy);
        Assert.Equal("sup-a", alert.TakenBy);
        Assert.Equal(At(10), alert.UpdatedAt);

        // Taking it again is harmless and keeps the first moment.
        Assert.True(alert.Take("sup-a", At(20)).Succeeded);
        Assert.Equal(At(10), alert.TakenAt);

        // A taken alert does not escalate.
        Assert.Null(alert.NextLifecycleAt(Options));
        Assert.False(alert.Advance(At(1000), Options));
    }

    [Fact]
    public void Joining_takes_the_alert_and_records_the_mode()
    {
        var alert = Raised();

        var joined = alert.Join(JoinMode.Whisper, "sup-a", At(15));
        Assert.True(joined.Succeeded);
        Assert.Equal(AlertStatus.Taken, alert.Status);
        Assert.Equal("sup-a", alert.TakenBy);
        Assert.Equal([new AlertJoin("sup-a", JoinMode.Whisper, At(15))], alert.Joins);
        Assert.Equal([new AlertJoin("sup-a", JoinMode.Whisper, At(15))], joined.Alert!.Joins);

        Assert.True(alert.Join(JoinMode.Barge, "sup-a", At(45)).Succeeded);
        Assert.Equal(JoinMode.Barge, alert.Joins[^1].Mode);

        var other = alert.Join(JoinMode.Monitor, "sup-b", At(50));
        Assert.Equal(AlertActionOutcome.Conflict, other.Outcome);
        Assert.Equal("sup-a", other.HeldBy);
        Assert.Equal(2, alert.Joins.Count);
    }

    [Fact]
    public void Anyone_may_add_a_note()
    {
        var alert = Raised();
        alert.Take("sup-a", At(5));

        Assert.True(alert.AddNote("customer calmer now", "sup-b", At(30)).Succeeded);

        Assert.Equal([new AlertNote("sup-b", "customer calmer now", At(30))], alert.Notes);
        Assert.Equal(AlertStatus.Taken, alert.Status);
    }

    [Fact]
    public void A_snoozed_alert_opens_again_when_the_snooze_runs_out_and_escalates_from_then()
    {
        var alert = Raised();

        var snoozed = alert.Snooze(5, Options.MaxSnoozeMinutes, "sup-a", At(30));

        Assert.True(snoozed.Succeeded);
        Assert.Equal(AlertStatus.Snoozed, alert.Status);
        Assert.Equal(At(330), alert.SnoozedUntil);
        Assert.Equal(At(330), alert.NextLifecycleAt(Options));
        // No escalation while snoozed, even past the 120 s.
        Assert.False(alert.Advance(At(329), Options));
        Assert.Equal(AlertSeverity.Warning, alert.Severity);

        Assert.True(alert.Advance(At(330), Options));
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Null(alert.SnoozedUntil);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.Equal(At(450), alert.NextLifecycleAt(Options));

        Assert.True(alert.Advance(At(450), Options));
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(31)]
    public void A_snooze_outside_one_minute_to_the_maximum_is_invalid(int minutes)
    {
        var alert = Raised();

        var result = alert.Snooze(minutes, Options.MaxSnoozeMinutes, "sup-a", At(30));

        Assert.Equal(AlertActionOutcome.Invalid, result.Outcome);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Null(alert.SnoozedUntil);
    }

    [Fact]
    public void Acknowledging_a_snoozed_alert_ends_the_snooze()
    {
        var alert = Raised();
        alert.Snooze(5, Options.MaxSnoozeMinutes, "sup-a", At(30));

        alert.Acknowledge("sup-b", At(40));

        Assert.Equal(AlertStatus.Acknowledged, alert.Status);
        Assert.Null(alert.SnoozedUntil);
        Assert.Null(alert.NextLifecycleAt(Options));
    }

    [Fact]
    public void A_resolved_alert_records_who_and_when_and_refuses_further_actions()
    {
        var alert = Raised();
        alert.Take("sup-a", At(10));

        var other = alert.Resolve("not mine", "sup-b", At(20));
        Assert.Equal(AlertActionOutcome.Conflict, other.Outcome);
        Assert.True(alert.IsActive);

        var resolved = alert.Resolve("refund agreed", "sup-a", At(90));
        Assert.True(resolved.Succeeded);
        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.False(alert.IsActive);
        Assert.False(resolved.Alert!.IsActive);
        Assert.Equal("sup-a", alert.ResolvedBy);
        Assert.Equal(At(90), alert.ResolvedAt);
        Assert.Equal(At(90), alert.ClosedAt);
        Assert.Equal([new AlertNote("sup-a", "refund agreed", At(90))], alert.Notes);
        Assert.Null(alert.NextLifecycleAt(Options));
        Assert.False(alert.Advance(At(1000), Options));

        Assert.Equal(AlertActionOutcome.Invalid, alert.Acknowledge("sup-a", At(100)).Outcome);
        Assert.Equal(AlertActionOutcome.Invalid, alert.Take("sup-b", At(100)).Outcome);
        Assert.Equal(AlertActionOutcome.Invalid, alert.Join(JoinMode.Monitor, "sup-a", At(100)).Outcome);
        Assert.Equal(AlertActionOutcome.Invalid, alert.Snooze(5, Options.MaxSnoozeMinutes, "sup-a", At(100)).Outcome);
        var again = alert.Resolve(null, "sup-a", At(100));
        Assert.Equal(AlertActionOutcome.Invalid, again.Outcome);
        Assert.Contains("resolved", again.Reason);
        Assert.Equal(At(90), alert.ResolvedAt);
        Assert.Empty(alert.Joins);
        // A clear after a resolve changes nothing.
        Assert.False(alert.Clear(At(110)));
        Assert.Equal(AlertStatus.Resolved, alert.Status);
    }

    [Fact]
    public void A_note_is_still_allowed_on_a_closed_alert_for_the_follow_up()
    {
        var alert = Raised();
        alert.Resolve(null, "sup-a", At(10));

        Assert.True(alert.AddNote("called the customer back", "sup-a", At(600)).Succeeded);
        Assert.Single(alert.Notes);
    }

    [Fact]
    public void Actions_on_an_alert_never_raised_find_nothing()
    {
        var alert = new AlertRecord();

        Assert.Equal(AlertActionOutcome.NotFound, alert.Acknowledge("sup-a", R).Outcome);
        Assert.Equal(AlertActionOutcome.NotFound, alert.Take("sup-a", R).Outcome);
        Assert.Equal(AlertActionOutcome.NotFound, alert.Join(JoinMode.Barge, "sup-a", R).Outcome);
        Assert.Equal(AlertActionOutcome.NotFound, alert.AddNote("x", "sup-a", R).Outcome);
        Assert.Equal(AlertActionOutcome.NotFound, alert.Snooze(5, 30, "sup-a", R).Outcome);
        Assert.Equal(AlertActionOutcome.NotFound, alert.Resolve(null, "sup-a", R).Outcome);
        Assert.False(alert.Clear(R));
        Assert.False(alert.Advance(R, Options));
        Assert.Null(alert.NextLifecycleAt(Options));
    }

    [Fact]
    public void An_alert_clears_by_itself_when_its_condition_ends()
    {
        var alert = Raised();

        Assert.True(alert.Clear(At(30)));

        Assert.Equal(AlertStatus.Cleared, alert.Status);
        Assert.False(alert.IsActive);
        Assert.False(alert.ConditionHolds);
        Assert.Equal(At(30), alert.ClearedAt);
        Assert.Equal(At(30), alert.ClosedAt);
        Assert.Null(alert.NextLifecycleAt(Options));
        Assert.False(alert.Advance(At(500), Options));
        Assert.False(alert.Clear(At(40)));
        Assert.Equal(AlertActionOutcome.Invalid, alert.Take("sup-a", At(40)).Outcome);
    }

    [Fact]
    public void The_same_condition_back_within_the_cooldown_reopens_the_same_alert()
    {
        var alert = Raised();
        alert.Clear(At(30));

        // Exactly 60 s after clearing is still within the cooldown.
        Assert.True(alert.Raise(Condition(AlertSeverity.Warning, S(85)), At(90), Options));

        Assert.Equal("LongHold:c1:1", alert.AlertId);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.True(alert.IsActive);
        Assert.Null(alert.ClearedAt);
        Assert.Equal(R, alert.RaisedAt);
        Assert.Equal(Began, alert.Since);
        // Unacknowledged again from the reopening.
        Assert.Equal(At(210), alert.NextLifecycleAt(Options));
    }

    [Fact]
    public void A_taken_alert_that_comes_back_within_the_cooldown_is_still_taken_by_the_same_supervisor()
    {
        var alert = Raised();
        alert.Take("sup-a", At(5));
        alert.Resolve(null, "sup-a", At(20));

        Assert.True(alert.Raise(Condition(AlertSeverity.Critical), At(50), Options));

        Assert.Equal("LongHold:c1:1", alert.AlertId);
        Assert.Equal(AlertStatus.Taken, alert.Status);
        Assert.Equal("sup-a", alert.TakenBy);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Null(alert.ResolvedBy);
        Assert.Null(alert.ResolvedAt);
        Assert.Equal(AlertActionOutcome.Conflict, alert.Take("sup-b", At(60)).Outcome);
    }

    [Fact]
    public void After_the_cooldown_the_same_condition_starts_a_new_instance()
    {
        var alert = Raised();
        alert.Take("sup-a", At(5));
        alert.AddNote("first time", "sup-a", At(6));
        alert.Clear(At(30));

        Assert.True(alert.Raise(Condition(AlertSeverity.Warning, S(150)), At(91), Options));

        Assert.Equal(2, alert.Instance);
        Assert.Equal("LongHold:c1:2", alert.AlertId);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal(S(150), alert.Since);
        Assert.Equal(At(91), alert.RaisedAt);
        Assert.Null(alert.TakenBy);
        Assert.Null(alert.AcknowledgedBy);
        Assert.Null(alert.ClearedAt);
        Assert.Empty(alert.Notes);
        Assert.Equal(AlertAudience.Team, alert.Audience);
        Assert.Equal(At(211), alert.NextLifecycleAt(Options));
    }

    [Fact]
    public void The_cooldown_follows_the_configuration()
    {
        var options = new AlertLifecycleOptions { CooldownSeconds = 10 };
        var alert = new AlertRecord();
        alert.Raise(Condition(AlertSeverity.Warning), R, options);
        alert.Clear(At(30));

        alert.Raise(Condition(AlertSeverity.Warning), At(41), options);

        Assert.Equal("LongHold:c1:2", alert.AlertId);
    }

    [Fact]
    public void Escalation_times_follow_the_configuration()
    {
        var options = new AlertLifecycleOptions { EscalateAfterSeconds = 30, WidenAfterSeconds = 45 };
        var alert = new AlertRecord();
        alert.Raise(Condition(AlertSeverity.Warning), R, options);

        Assert.Equal(At(30), alert.NextLifecycleAt(options));
        Assert.True(alert.Advance(At(30), options));
        Assert.Equal(At(75), alert.NextLifecycleAt(options));
        Assert.True(alert.Advance(At(75), options));
        Assert.Equal(AlertAudience.Floor, alert.Audience);
    }
}
