using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Connectors.Simulator.Tests;

/// <summary>Records every batch it is handed; <see cref="Respond"/> decides the answer, or throws.</summary>
internal sealed class FakeSink : IEventSink
{
    private readonly Lock gate = new();
    private readonly List<IReadOnlyList<FloorEvent>> batches = [];
    private int attempts;
    private int catchUpBatches;

    public Func<int, IReadOnlyList<FloorEvent>, IngestResult> Respond { get; init; } = (_, events) => new IngestResult(events.Count, 0, []);

    public int Attempts => Volatile.Read(ref attempts);

    /// <summary>The batches the sink took (those it threw on are not here).</summary>
    public IReadOnlyList<IReadOnlyList<FloorEvent>> Batches
    {
        get
        {
            lock (gate)
            {
                return [.. batches];
            }
        }
    }

    public IReadOnlyList<FloorEvent> Events => [.. Batches.SelectMany(b => b)];

    /// <summary>How many of the batches taken came as a catch-up (the first ones, when the simulator fills a morning).</summary>
    public int CatchUpBatches => Volatile.Read(ref catchUpBatches);

    public ValueTask<IngestResult> CatchUpAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default)
    {
        var result = IngestAsync(events, cancellationToken);
        Interlocked.Increment(ref catchUpBatches);
        return result;
    }

    public ValueTask<IngestResult> IngestAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default)
    {
        var attempt = Interlocked.Increment(ref attempts);
        var result = Respond(attempt, events);
        lock (gate)
        {
            batches.Add([.. events]);
        }

        return ValueTask.FromResult(result);
    }
}
