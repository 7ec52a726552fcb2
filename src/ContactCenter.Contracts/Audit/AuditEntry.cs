namespace ContactCenter.Contracts.Audit;

/// <summary>One supervisor or agent action: who did what to which alert, agent or call, when and from where.</summary>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string TargetKind, string TargetId, string? Detail, string? Origin);
