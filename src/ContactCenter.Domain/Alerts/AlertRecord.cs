using ContactCenter.Contracts.Alerts;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Domain.Alerts;

/// <summary>
/// The lifecycle of the one alert of a rule on a subject (DOMAIN.md): raised when crossed,
/// severity only rising, escalation while unacknowledged, first take wins, snooze, auto-clear,
/// and a cooldown in which the same condition reopens this alert rather than starting another.
/// Plain state and arithmetic: the grain owns timers, storage and publishing.
/// </summary>
[GenerateSerializer]
public sealed partial class AlertRecord
{
    public const int MaxNotes = 50;
    public const int MaxJoins = 20;

    [Id(0)] public int Instance { get; private set; }
    [Id(1)] public AlertRule Rule { get; private set; }
    [Id(2)] public SubjectKind SubjectKind { get; private set; }
    [Id(3)] public string SubjectId { get; private set; } = string.Empty;
    [Id(4)] public string? CallId { get; private set; }
    [Id(5)] public string? AgentId { get; private set; }
    [Id(6)] public string? QueueId { get; private set; }
    [Id(7)] public string? TeamId { get; private set; }
    [Id(8)] public AlertSeverity Severity { get; private set; }
    [Id(9)] public AlertStatus Status { get; private set; }
    [Id(10)] public DateTimeOffset Since { get; private set; }
    [Id(11)] public DateTimeOffset RaisedAt { get; private set; }
    [Id(12)] public string Detail { get; private set; } = string.Empty;
    [Id(13)] public AlertAudience Audience { get; private set; }
    [Id(14)] public DateTimeOffset UnacknowledgedSince { get; private set; }
    [Id(15)] public DateTimeOffset CriticalSince { get; private set; }
    [Id(16)] public string? AcknowledgedBy { get; private set; }
    [Id(17)] public string? TakenBy { get; private set; }
    [Id(18)] public DateTimeOffset? TakenAt { get; private set; }
    [Id(19)] public DateTimeOffset? SnoozedUntil { get; private set; }
    [Id(20)] public string? ResolvedBy { get; private set; }
    [Id(21)] public DateTimeOffset? ResolvedAt { get; private set; }
    [Id(22)] public DateTimeOffset? ClearedAt { get; private set; }
    [Id(23)] public List<AlertJoin> Joins { get; private set; } = [];
    [Id(24)] public List<AlertNote> Notes { get; private set; } = [];
    [Id(25)] public DateTimeOffset UpdatedAt { get; private set; }
    [Id(26)] public bool ConditionHolds { get; private set; }

    public bool Exists => Instance > 0;

    public bool IsActive => Exists && Status is not (AlertStatus.Resolved or AlertStatus.Cleared);

    public string AlertId => $"{Rule}:{SubjectId}:{Instance}";

    public DateTimeOffset? ClosedAt => ResolvedAt ?? ClearedAt;

    /// <summary>The rule holds at this severity. Returns whether anything a supervisor sees changed.</summary>
    public bool Raise(AlertCondition c, DateTimeOffset now, AlertLifecycleOptions options)
    {
        ConditionHolds = true;
        if (!Exists || (!IsActive && (IsNewRequest(c) || (ClosedAt is { } closed && now - closed > TimeSpan.FromSeconds(options.CooldownSeconds)))))
        {
            Start(c, now);
            return true;
        }

        if (!IsActive)
        {
            // Back within the cooldown: the same alert opens again, so nothing flaps.
            Status = TakenBy is null ? AlertStatus.Open : AlertStatus.Taken;
            ResolvedBy = null;
            ResolvedAt = null;
            ClearedAt = null;
            UnacknowledgedSince = now;
            RaiseSeverity(c, now);
            UpdatedAt = now;
            return true;
        }

        if (c.Severity > Severity)
        {
            RaiseSeverity(c, now);
            if (Status == AlertStatus.Snoozed)
            {
                // A snooze quiets the condition as it was; worse, it needs a supervisor again now.
                Status = TakenBy is null ? AlertStatus.Open : AlertStatus.Taken;
                SnoozedUntil = null;
                UnacknowledgedSince = now;
            }

            UpdatedAt = now;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A person's request (a raised hand) made afresh is a new condition with its own call, reason
    /// and time: the cooldown is for conditions that clear and come back by themselves.
    /// </summary>
    private bool IsNewRequest(AlertCondition c) => c.Rule == AlertRule.AssistanceRequested && c.Since != Since;

    /// <summary>The condition ended: the alert clears by itself unless a supervisor already resolved it.</summary>
    public bool Clear(DateTimeOffset now)
    {
        ConditionHolds = false;
        if (!IsActive)
        {
            return false;
        }

        Status = AlertStatus.Cleared;
        ClearedAt = now;
        SnoozedUntil = null;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Applies what time alone does: a snooze running out, escalation and a wider audience while unacknowledged.</summary>
    public bool Advance(DateTimeOffset now, AlertLifecycleOptions options)
    {
        var changed = false;
        if (Status == AlertStatus.Snoozed && SnoozedUntil is { } until && now >= until)
        {
            // A taken alert stays with its supervisor; an untaken one needs someone again.
            Status = TakenBy is null ? AlertStatus.Open : AlertStatus.Taken;
            UnacknowledgedSince = until;
            SnoozedUntil = null;
            changed = true;
        }

        if (Status == AlertStatus.Open && Severity == AlertSeverity.Warning && now >= EscalationAt(options))
        {
            Severity = AlertSeverity.Critical;
            CriticalSince = EscalationAt(options);
            changed = true;
        }

        if (Status == AlertStatus.Open && Severity == AlertSeverity.Critical && Audience == AlertAudience.Team && now >= WideningAt(options))
        {
            Audience = AlertAudience.Floor;
            changed = true;
        }

        if (changed)
        {
            UpdatedAt = now;
        }

        return changed;
    }

    /// <summary>The next moment <see cref="Advance"/> would change something, if any.</summary>
    public DateTimeOffset? NextLifecycleAt(AlertLifecycleOptions options) => Status switch
    {
        _ when !Exists => null,
        AlertStatus.Snoozed => SnoozedUntil,
        AlertStatus.Open when Severity == AlertSeverity.Warning => EscalationAt(options),
        AlertStatus.Open when Audience == AlertAudience.Team => WideningAt(options),
        _ => null,
    };

    public AlertSnapshot ToSnapshot() => new(
        AlertId, Rule, Severity, Status, SubjectKind, SubjectId, CallId, AgentId, QueueId, TeamId,
        Since, RaisedAt, Detail, Audience, AcknowledgedBy, TakenBy, TakenAt, SnoozedUntil,
        ResolvedBy, ResolvedAt, ClearedAt, [.. Joins], [.. Notes], UpdatedAt);

    private DateTimeOffset EscalationAt(AlertLifecycleOptions o) => UnacknowledgedSince.AddSeconds(o.EscalateAfterSeconds);

    private DateTimeOffset WideningAt(AlertLifecycleOptions o) =>
        (CriticalSince > UnacknowledgedSince ? CriticalSince : UnacknowledgedSince).AddSeconds(o.WidenAfterSeconds);

    private void Start(AlertCondition c, DateTimeOffset now)
    {
        Instance++;
        Rule = c.Rule;
        SubjectKind = c.SubjectKind;
        SubjectId = c.SubjectId;
        CallId = c.CallId;
        AgentId = c.AgentId;
        QueueId = c.QueueId;
        TeamId = c.TeamId;
        Severity = c.Severity;
        Status = AlertStatus.Open;
        Since = c.Since;
        RaisedAt = now;
        Detail = c.Detail;
        Audience = AlertAudience.Team;
        UnacknowledgedSince = now;
        CriticalSince = now;
        AcknowledgedBy = TakenBy = ResolvedBy = null;
        TakenAt = SnoozedUntil = ResolvedAt = ClearedAt = null;
        Joins = [];
        Notes = [];
        UpdatedAt = now;
    }

    private void RaiseSeverity(AlertCondition c, DateTimeOffset now)
    {
        if (c.Severity > Severity)
        {
            Severity = c.Severity;
            CriticalSince = now;
        }

        Detail = c.Detail;
        CallId ??= c.CallId;
    }
}
