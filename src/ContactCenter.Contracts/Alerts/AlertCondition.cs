namespace ContactCenter.Contracts.Alerts;

/// <summary>
/// What a subject grain reports when a rule holds: the severity it has reached, since when
/// the condition holds (event time) and the context a supervisor needs to act.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AlertCondition(
    AlertRule Rule,
    AlertSeverity Severity,
    SubjectKind SubjectKind,
    string SubjectId,
    DateTimeOffset Since,
    string Detail,
    string? CallId,
    string? AgentId,
    string? QueueId,
    string? TeamId);
