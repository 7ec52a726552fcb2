using ContactCenter.Contracts.Events;

namespace ContactCenter.Connectors.Simulator.Tests;

/// <summary>Drives a simulation over a stretch of simulated time with explicit clock readings.</summary>
internal static class SimulationRun
{
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    public static List<FloorEvent> Collect(SimulatorOptions options, TimeSpan length, TimeSpan step, FloorSimulation? simulation = null)
    {
        simulation ??= new FloorSimulation(options, Start);
        var events = new List<FloorEvent>();
        var end = simulation.Start + length;
        for (var now = simulation.Start; now <= end; now += step)
        {
            events.AddRange(simulation.Advance(now));
        }

        return events;
    }

    public static List<FloorEvent> Hours(double hours, SimulatorOptions? options = null) =>
        Collect(options ?? new SimulatorOptions(), TimeSpan.FromHours(hours), TimeSpan.FromSeconds(1));

    public static int Count(this IEnumerable<FloorEvent> events, FloorEventType type) => events.Count(e => e.Type == type);
}
