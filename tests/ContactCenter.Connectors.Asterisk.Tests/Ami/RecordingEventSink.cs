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

    public int Calls => Volatile.Read(ref calls);

    public ValueTask<IngestResult> IngestAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref calls) <= FailFirstCalls)
        {
            throw new InvalidOperationException("The floor is not ready.");
        }

        foreach (var e in events)
        {
            Events.Enqueue(e);
        }

        return ValueTask.FromResult(new IngestResult(events.Count, 0, []));
    }
}
