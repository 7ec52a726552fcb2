namespace ContactCenter.Contracts.Ingestion;

/// <summary>
/// How far ahead of the floor's clock an event may be dated: a source's clock a little fast is
/// believed, one far ahead is refused, whichever way the event came in (the JSON API, a posted or
/// tailed queue_log).
/// </summary>
public static class EventClock
{
    public static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(5);

    /// <summary>The latest time an event may carry when the floor's clock reads <paramref name="now"/>.</summary>
    public static DateTimeOffset Latest(DateTimeOffset now) => now + MaxAhead;
}
