namespace ContactCenter.Contracts.Events;

/// <summary>
/// An entry of an agent's timeline: one of the agent's own events, or a call event the call
/// grain handed on (with the agent filled in, the call's queue, and whether the call was difficult).
/// <see cref="LeavesAgent"/> says the call moved away from this agent (re-offered, transferred).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgentEvent(FloorEvent Event, string? QueueId = null, bool Difficult = false, bool LeavesAgent = false) : IOrderedEvent
{
    public string EventId => Event.EventId;

    public DateTimeOffset At => Event.At;
}
