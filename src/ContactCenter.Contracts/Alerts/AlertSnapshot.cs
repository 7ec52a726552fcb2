namespace ContactCenter.Contracts.Alerts;

/// <summary>One alert as every supervisor sees it, with who has it and what was done.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertSnapshot(
    string AlertId,
    AlertRule Rule,
    AlertSeverity Severity,
    AlertStatus Status,
    SubjectKind SubjectKind,
    string SubjectId,
    string? CallId,
    string? AgentId,
    string? QueueId,
    string? TeamId,
    DateTimeOffset Since,
    DateTimeOffset RaisedAt,
    string Detail,
    AlertAudience Audience,
    string? AcknowledgedBy,
    string? TakenBy,
    DateTimeOffset? TakenAt,
    DateTimeOffset? SnoozedUntil,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClearedAt,
    AlertJoin[] Joins,
    AlertNote[] Notes,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Open in the wide sense: still needs or has a supervisor's attention.</summary>
    public bool IsActive => Status is not (AlertStatus.Resolved or AlertStatus.Cleared);
}
