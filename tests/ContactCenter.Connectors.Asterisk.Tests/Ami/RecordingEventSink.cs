using System.Collections.Concurrent;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>Keeps every event it is given; can fail its first calls to prove the sender retries.</summary>
internal sealed class RecordingEventSink : IEventSink
{
    private int calls;

    public ConcurrentQueue<FloorEvent> Events { get; } = new();

    public int FailFirstCalls { get; set; }

    /// <summary>Refuses every event of these types (as the floor refuses an invalid transition), accepting the rest.</summary>
    public HashSet<FloorEventType> Refused { get; } = [];

    public int Calls => Volatile.Read(ref calls);

    public ValueTask<IngestResult> IngestAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref calls) <= FailFirstCalls)
        {
            throw new InvalidOperationException("The floor is not ready.");
        }

        var rejected = new List<RejectedEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            if (Refused.Contains(events[i].Type))
            {
                rejected.Add(new RejectedEvent(i, events[i].EventId, "type", "invalid transition"));
            }
            else
            {
                Events.Enqueue(events[i]);
            }
        }

        return ValueTask.FromResult(new IngestResult(events.Count - rejected.Count, 0, rejected));
    }
}
