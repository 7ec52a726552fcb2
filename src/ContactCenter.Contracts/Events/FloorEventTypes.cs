namespace ContactCenter.Contracts.Events;

/// <summary>Which subject an event type belongs to. Every type is named here: a new one that is not fails loudly, never silently routed wrong.</summary>
public static class FloorEventTypes
{
    /// <summary>A call's event (it names the call, routed to the call); otherwise the agent's own.</summary>
    public static bool IsCallEvent(this FloorEventType type) => type switch
    {
        FloorEventType.CallQueued or FloorEventType.CallDialed or FloorEventType.CallOffered or FloorEventType.CallAnswered
            or FloorEventType.CallHeld or FloorEventType.CallResumed or FloorEventType.CallTransferred
            or FloorEventType.CallEnded or FloorEventType.CallAbandoned => true,
        FloorEventType.AgentLoggedIn or FloorEventType.AgentStateChanged or FloorEventType.AgentLoggedOut
            or FloorEventType.AssistanceRequested or FloorEventType.AssistanceCleared => false,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "an event type that is neither a call's nor an agent's"),
    };
}
