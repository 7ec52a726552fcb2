using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Grains;

/// <summary>One agent, keyed by agent id: state machine, today's counters, assistance flag, agent rules.</summary>
public interface IAgentGrain : IGrainWithStringKey
{
    /// <summary>Applies this agent's own events (log in/out, state changes, assistance); one verdict each.</summary>
    ValueTask<EventVerdict[]> Apply(FloorEvent[] events);

    /// <summary>Applies a call event handed on by the call grain; refuses an answer while on another call.</summary>
    ValueTask<CallEventReceipt> ApplyCallEvent(AgentEvent callEvent);

    /// <summary>The agent as the API shows it, or null if no event ever named it.</summary>
    ValueTask<AgentSnapshot?> GetSnapshot();

    /// <summary>Raises the agent's hand from their own screen; returns the agent afterwards.</summary>
    ValueTask<AgentSnapshot> RaiseHand(string reason, string? callId, string actor);

    /// <summary>Lowers the agent's hand; returns the agent afterwards.</summary>
    ValueTask<AgentSnapshot> LowerHand(string actor);

    /// <summary>Lowers the hand because a supervisor resolved the assistance alert at <paramref name="at"/>; a hand raised since stays up.</summary>
    Task LowerHandForResolvedAlert(string supervisor, DateTimeOffset at);
}
