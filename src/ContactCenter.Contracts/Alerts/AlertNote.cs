namespace ContactCenter.Contracts.Alerts;

/// <summary>A supervisor's note on an alert.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertNote(string Supervisor, string Text, DateTimeOffset At);
