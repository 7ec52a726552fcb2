namespace ContactCenter.Domain.Calls;

/// <summary>One stay of a call in a queue: from entering it (queued, dialled or transferred in) to leaving it.</summary>
[GenerateSerializer, Immutable]
public sealed record QueueSegment(string? QueueId, DateTimeOffset EnteredAt, bool Outbound, DateTimeOffset? AnsweredAt = null, DateTimeOffset? AbandonedAt = null);
