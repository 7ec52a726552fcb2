using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Connectors.Asterisk.Tests;

/// <summary>
/// An event sink that keeps events by id as the floor does (a repeated id is a duplicate, never a
/// second event), and can fail its first calls or refuse some types, to prove the senders retry
/// and go on.
/// </summary>
internal sealed class RecordingSink : IEventSink
{
    private readonly Dictionary<string, FloorEvent> byId = new(StringComparer.Ordinal);
    private readonly List<FloorEvent> events = [];
    private readonly Lock gate = new();
    private int calls;

    public int Duplicates { get; private set; }

    /// <summary>How many of the first calls fail as an unreachable floor would.</summary>
    public int FailFirstCalls { get; set; }

    /// <summary>Refuses every event of these types (as the floor refuses an invalid transition), accepting the rest.</summary>
    public HashSet<FloorEventType> Refused { get; } = [];

    public int Calls => Volatile.Read(ref calls);

    /// <summary>The events kept, in the order they came.</summary>
    public IReadOnlyList<FloorEvent> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events];
            }
        }
    }

    public ValueTask<IngestResult> IngestAsync(IReadOnlyList<FloorEvent> batch, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref calls) <= FailFirstCalls)
        {
            throw new TimeoutException("the floor did not answer");
        }

        lock (gate)
        {
            var rejected = new List<RejectedEvent>();
            var accepted = 0;
            for (var i = 0; i < batch.Count; i++)
            {
                var e = batch[i];
                if (Refused.Contains(e.Type))
                {
                    rejected.Add(new RejectedEvent(i, e.EventId, "type", "invalid transition"));
                }
                else if (byId.TryAdd(e.EventId, e))
                {
                    events.Add(e);
                    accepted++;
                }
                else
                {
                    Duplicates++;
                }
            }

            return ValueTask.FromResult(new IngestResult(accepted, batch.Count - accepted - rejected.Count, rejected));
        }
    }
}
