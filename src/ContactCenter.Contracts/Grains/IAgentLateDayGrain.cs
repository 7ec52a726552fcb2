using ContactCenter.Contracts.Events;

namespace ContactCenter.Contracts.Grains;

/// <summary>
/// One agent's past day, fed by that day's events when they arrive after the live horizon (a
/// replayed log, a connector catching up after an outage). It counts them as the live agent would
/// have (handled legs into their queues' intervals; the day's calls, talk, hold, wrap-up and
/// not-ready into the agent's day), raises no alert and shows nothing live: the agent's current
/// state is not its business. Keyed by <see cref="AgentLateDay.Key"/>.
/// </summary>
public interface IAgentLateDayGrain : IGrainWithStringKey
{
    /// <summary>Applies the agent's own events of that day; one verdict each.</summary>
    ValueTask<EventVerdict[]> Apply(FloorEvent[] events);

    /// <summary>Applies a call event of that day handed on by the call grain.</summary>
    ValueTask<CallEventReceipt> ApplyCallEvent(AgentEvent callEvent);
}
