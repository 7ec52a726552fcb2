namespace ContactCenter.Domain.Calls;

/// <summary>
/// One stay of a call in a queue: from entering it (queued, dialled or transferred in) to leaving
/// it. A stay that began with a transfer is a new offer to its queue and a transfer out of the
/// queue before it. A caller may leave it unanswered by the queue's doing (overflowed: the next
/// stay, if the PBX sends it on to another queue, is a new offer there) or never be let in
/// (blocked: a stay of no length that is not an offer).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueSegment(
    string? QueueId,
    DateTimeOffset EnteredAt,
    bool Outbound,
    DateTimeOffset? AnsweredAt = null,
    DateTimeOffset? AbandonedAt = null,
    bool ViaTransfer = false,
    DateTimeOffset? OverflowedAt = null,
    bool Blocked = false);
