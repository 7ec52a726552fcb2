namespace ContactCenter.Contracts.Grains;

/// <summary>A display token's record (never the token itself): its id, the screen it is for, its scope (queues and teams; none: the whole floor) and its life.</summary>
[GenerateSerializer, Immutable]
public sealed record DisplayToken(string TokenId, string Name, string[] Queues, string IssuedBy, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt = null, string? RevokedBy = null, string[]? Teams = null);
