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
    TSelf Copy();

    EventVerdict Apply(TEntry entry, SiteCalendar calendar);
}
