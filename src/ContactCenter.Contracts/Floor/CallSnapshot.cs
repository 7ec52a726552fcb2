using ContactCenter.Contracts.Events;

namespace ContactCenter.Contracts.Floor;

/// <summary>
/// One call as the API shows it. <see cref="CallerNumber"/> is always masked here; running
/// durations are measured against the clock at <see cref="AsOf"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CallSnapshot(
    string CallId,
    string? QueueId,
    string? AgentId,
    CallDirection Direction,
    CustomerTier CustomerTier,
    CallState State,
    string? CallerNumber,
    DateTimeOffset? QueuedAt,
    DateTimeOffset? OfferedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt,
    double WaitSeconds,
    double RingSeconds,
    double TalkSeconds,
    double HoldSeconds,
    double CurrentHoldSeconds,
    int HoldCount,
    int TransferCount,
    CallEndReason? Disposition,
    string[] Flags,
    CallTimelineEntry[] Timeline,
    DateTimeOffset AsOf);
