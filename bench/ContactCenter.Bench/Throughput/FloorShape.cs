using ContactCenter.Connectors.Simulator;

namespace ContactCenter.Bench.Throughput;

/// <summary>The floor a throughput run replays: the issue's 10,000 agents, 200 queues and about 10,000 calls in progress.</summary>
public sealed record FloorShape(
    int Agents,
    int Queues,
    int Teams,
    double CallsPerHour,
    TimeSpan WarmUp,
    int MeasuredEvents,
    int BatchSize = 500,
    int Seed = 7)
{
    /// <summary>
    /// Arrivals a little above what 10,000 agents can answer (talk 240 s, wrap-up 30 s, some
    /// holds and breaks): the floor runs full, with about 10,000 calls connected or waiting.
    /// </summary>
    public static FloorShape Issue(TimeSpan warmUp, int measuredEvents) =>
        new(10_000, 200, 100, 135_000, warmUp, measuredEvents);

    public SimulatorOptions Options() => new()
    {
        Enabled = false,
        Seed = Seed,
        Agents = Agents,
        Queues = Queues,
        Teams = Teams,
        CallsPerHour = CallsPerHour,
    };
}
