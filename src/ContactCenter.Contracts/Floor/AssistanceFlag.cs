namespace ContactCenter.Contracts.Floor;

/// <summary>An agent's raised hand: why, on which call, since when.</summary>
[GenerateSerializer, Immutable]
public sealed record AssistanceFlag(string Reason, string? CallId, DateTimeOffset RaisedAt);
