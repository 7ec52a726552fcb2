using ContactCenter.Contracts.Events;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Time;
using ContactCenter.Domain.Timeline;
using ContactCenter.Grains.Calls;

namespace ContactCenter.Bench.Baseline;

/// <summary>A call in the baseline loop: the call grain's own state object, without the grain.</summary>
public sealed class BaselineCall
{
    public BaselineCall(string id, SiteCalendar calendar)
    {
        Id = id;
        State.Timeline.Calendar = calendar;
    }

    public string Id { get; }

    public CallGrainState State { get; } = new();

    public EventTimeline<CallFacts, FloorEvent> Timeline => State.Timeline;
}
