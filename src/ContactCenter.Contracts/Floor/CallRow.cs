using ContactCenter.Contracts.Events;

namespace ContactCenter.Contracts.Floor;

/// <summary>
/// The part of a live call that its queue keeps for the floor: waiting and connected calls.
/// Timestamps, not durations, so screens tick the clocks themselves.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CallRow(
    string CallId,
    string QueueId,
    CallState State,
    string? AgentId,
    CustomerTier CustomerTier,
    string? CallerNumber,
    DateTimeOffset WaitingSince,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? HoldingSince,
    int HoldCount,
    string[] Flags);
