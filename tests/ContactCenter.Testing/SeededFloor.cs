using ContactCenter.Connectors.Simulator;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Testing;

/// <summary>
/// A simulator floor's events for a stretch of time, the same for the same seed: the stream a
/// fault test posts twice (once undisturbed, once with a process killed) and compares.
/// </summary>
public sealed record SeededFloor(int Agents = 40, int Queues = 4, int Teams = 3, double CallsPerHour = 700, int Seed = 11)
{
    /// <summary>Every event from <paramref name="start"/> for <paramref name="length"/>, in time order, cut into batches.</summary>
    public IReadOnlyList<FloorEvent[]> Batches(DateTimeOffset start, TimeSpan length, int batchSize)
    {
        var simulation = new FloorSimulation(
            new SimulatorOptions { Enabled = false, Agents = Agents, Queues = Queues, Teams = Teams, CallsPerHour = CallsPerHour, Seed = Seed },
            Seed,
            start);
        var events = new List<FloorEvent>();
        for (var clock = start; clock < start + length; clock += TimeSpan.FromSeconds(1))
        {
            events.AddRange(simulation.Advance(clock));
        }

        return [.. events.Chunk(batchSize)];
    }

    public static IReadOnlyList<string> QueuesIn(IEnumerable<FloorEvent[]> batches) =>
        [.. batches.SelectMany(b => b).Select(e => e.QueueId).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> AgentsIn(IEnumerable<FloorEvent[]> batches) =>
        [.. batches.SelectMany(b => b).Select(e => e.AgentId).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
}
