using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Connectors.Asterisk.Tests.Tail;

/// <summary>An event sink that keeps events by id as the floor does: a repeated id is a duplicate, never a second event.</summary>
internal sealed class RecordingSink : IEventSink
{
    private readonly Dictionary<string, FloorEvent> events = new(StringComparer.Ordinal);
    private readonly object gate = new();

    public int Duplicates { get; private set; }

    /// <summary>When set, the next batch fails as an unreachable floor would.</summary>
    public bool FailNext { get; set; }

    public IReadOnlyList<FloorEvent> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events.Values];
            }
        }
    }

    public ValueTask<IngestResult> IngestAsync(IReadOnlyList<FloorEvent> batch, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new TimeoutException("the floor did not answer");
            }

            var accepted = 0;
            foreach (var e in batch)
            {
                if (events.TryAdd(e.EventId, e))
                {
                    accepted++;
                }
                else
                {
                    Duplicates++;
                }
            }

            return ValueTask.FromResult(new IngestResult(accepted, batch.Count - accepted, []));
        }
    }
}
