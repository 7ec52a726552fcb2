namespace ContactCenter.Contracts.Events;

/// <summary>Anything a subject's timeline orders: by source time, deduplicated by event id.</summary>
public interface IOrderedEvent
{
    string EventId { get; }

    DateTimeOffset At { get; }
}
