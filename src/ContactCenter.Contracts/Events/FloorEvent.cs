using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Events;

/// <summary>
/// One event of the open event API, already validated. One flat shape for every type:
/// it is what the wire carries, it is cheap to keep in a call's timeline, and the parser
/// guarantees the fields its <see cref="Type"/> requires. Add fields at the end only.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FloorEvent(
    string EventId,
    FloorEventType Type,
    DateTimeOffset At,
    string? CallId = null,
    string? AgentId = null,
    string? QueueId = null,
    CallDirection Direction = CallDirection.Inbound,
    string? CallerNumber = null,
    CustomerTier Tier = CustomerTier.Regular,
    string? CalledNumber = null,
    string? ToQueueId = null,
    string? ToAgentId = null,
    CallEndReason? EndReason = null,
    AgentState? State = null,
    string? Reason = null,
    string? Name = null,
    string? TeamId = null,
    string[]? Queues = null,
    QueueMembership Membership = QueueMembership.Replace) : IOrderedEvent;
