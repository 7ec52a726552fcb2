namespace ContactCenter.Contracts.Alerts;

/// <summary>A supervisor joining the call behind an alert.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertJoin(string Supervisor, JoinMode Mode, DateTimeOffset At);
