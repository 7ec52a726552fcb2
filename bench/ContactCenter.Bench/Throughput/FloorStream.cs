using ContactCenter.Connectors.Simulator;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Bench.Throughput;

/// <summary>
/// A seeded simulator floor's events, generated before anything is timed and cut into batches
/// as a connector would post them: a warm-up that brings the floor to its steady state, then
/// the measured stream. Every path (grains, HTTP, baseline) is fed exactly these batches.
/// </summary>
public sealed class FloorStream
{
    private FloorStream(FloorShape shape, List<FloorEvent[]> warmUp, List<FloorEvent[]> measured, int activeCalls, DateTimeOffset start)
    {
        Shape = shape;
        WarmUp = warmUp;
        Measured = measured;
        ActiveCallsAtMeasureStart = activeCalls;
        Start = start;
        MeasuredEvents = measured.Sum(b => b.Length);
        WarmUpEvents = warmUp.Sum(b => b.Length);
    }

    public FloorShape Shape { get; }

    public IReadOnlyList<FloorEvent[]> WarmUp { get; }

    public IReadOnlyList<FloorEvent[]> Measured { get; }

    public int WarmUpEvents { get; }

    public int MeasuredEvents { get; }

    /// <summary>Calls waiting, ringing or connected when the measured stream begins.</summary>
    public int ActiveCallsAtMeasureStart { get; }

    /// <summary>The first event's time: a replay clock starts here.</summary>
    public DateTimeOffset Start { get; }

    public IEnumerable<FloorEvent[]> All => WarmUp.Concat(Measured);

    public static FloorStream Generate(FloorShape shape, DateTimeOffset start)
    {
        var simulation = new FloorSimulation(shape.Options(), shape.Seed, start);
        var step = TimeSpan.FromSeconds(1);
        var clock = start;
        var warmUpEvents = new List<FloorEvent>();
        while (clock < start + shape.WarmUp)
        {
            warmUpEvents.AddRange(simulation.Advance(clock));
            clock += step;
        }

        var activeCalls = simulation.ActiveCalls;
        var measuredEvents = new List<FloorEvent>(shape.MeasuredEvents + 1_000);
        while (measuredEvents.Count < shape.MeasuredEvents)
        {
            measuredEvents.AddRange(simulation.Advance(clock));
            clock += step;
        }

        return new FloorStream(shape, Batches(warmUpEvents, shape.BatchSize), Batches(measuredEvents, shape.BatchSize), activeCalls, start);
    }

    private static List<FloorEvent[]> Batches(List<FloorEvent> events, int size) =>
        [.. events.Chunk(size)];
}
