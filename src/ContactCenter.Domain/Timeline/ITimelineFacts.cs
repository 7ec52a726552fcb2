using ContactCenter.Contracts.Events;
using ContactCenter.Domain.Time;

namespace ContactCenter.Domain.Timeline;

/// <summary>
/// What a subject knows, folded from its events in time order. <see cref="Apply"/> either
/// refuses an event and changes nothing, or accepts it and changes the facts.
/// </summary>
public interface ITimelineFacts<TSelf, in TEntry>
    where TSelf : ITimelineFacts<TSelf, TEntry>
{
    /// <summary>
    /// Orders entries with the same time: lower first. A source stamps a call's end, the agent's
    /// next state and the next offer with one time; they must be applied in that order.
    /// </summary>
    static abstract int TieRank(TEntry entry);

    TSelf Copy();

    EventVerdict Apply(TEntry entry, SiteCalendar calendar);
}
