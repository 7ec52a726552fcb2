namespace ContactCenter.Contracts.Floor;

/// <summary>
/// A queue's figures over a span, counted as DOMAIN.md defines them. Ratios are null when
/// their denominator is zero.
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
    double? AbandonRate);
