using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Events;

/// <summary>The event types of the open event API; the names are the wire names.</summary>
[JsonConverter(typeof(WireEnumConverter<FloorEventType>))]
public enum FloorEventType
{
    CallQueued,
    CallDialed,
    CallOffered,
    CallAnswered,
    CallHeld,
    CallResumed,
    CallTransferred,
    CallEnded,
    CallAbandoned,
    AgentLoggedIn,
    AgentStateChanged,
    AgentLoggedOut,
    AssistanceRequested,
    AssistanceCleared,
}
