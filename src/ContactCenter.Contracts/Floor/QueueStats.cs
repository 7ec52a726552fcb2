namespace ContactCenter.Contracts.Floor;

/// <summary>
/// A queue's figures over a span, counted as DOMAIN.md defines them. Ratios are null when
/// their denominator is zero. <see cref="Completed"/> counts calls (once, in their last queue);
/// <see cref="Handled"/> counts agents' legs of calls, and AHT is handle time per handled leg.
/// <see cref="Overflowed"/> callers left unanswered by the queue's doing (in offered and in the
/// abandon rate's denominator, not in the service level's); <see cref="Blocked"/> callers were
/// refused entry and are not offered. <see cref="AverageAbandonSeconds"/> is the abandoned callers'
/// mean wait; <see cref="MaxWaitSeconds"/> the longest wait of a caller who left the queue
/// (answered, abandoned or overflowed; short abandons count in no figure), null when none did.
/// Add fields at the end only.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueStats(
    DateTimeOffset From,
    DateTimeOffset To,
    int Offered,
    int Answered,
    int Abandoned,
    int ShortAbandoned,
    int AnsweredWithinThreshold,
    int AbandonedAfterThreshold,
    int Completed,
    int Dialed,
    double TotalWaitSeconds,
    double TotalHandleSeconds,
    double? ServiceLevel,
    double? AsaSeconds,
    double? AhtSeconds,
    double? AbandonRate,
    int Handled = 0,
    int TransferredIn = 0,
    int TransferredOut = 0,
    int Overflowed = 0,
    int Blocked = 0,
    double TotalAbandonWaitSeconds = 0,
    double? AverageAbandonSeconds = null,
    double? MaxWaitSeconds = null);
