using ContactCenter.Contracts.Events;
using ContactCenter.Grains.Routing;
using Xunit.Abstractions;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// A seeded stream posted to a three-silo cluster while one silo is killed, stopped or added half
/// way; unacknowledged batches are retried. Every queue interval and every agent's day must equal
/// what the same stream gives a cluster nobody disturbed.
/// </summary>
public sealed class SiloFailureTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset DayStart = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset StreamStart = DayStart.AddHours(9);
    private static readonly TimeSpan StreamLength = TimeSpan.FromMinutes(40);
    private static readonly DateTimeOffset Now = StreamStart + StreamLength + TimeSpan.FromMinutes(1);

    private static readonly IReadOnlyList<FloorEvent[]> Batches = new SeededFloor(Agents: 60, CallsPerHour: 1200, Seed: 5).Batches(StreamStart, StreamLength, batchSize: 500);

    private static readonly Lazy<Task<Outcome>> Undisturbed = new(() => RunAsync(silos: 1, fault: null));

    [Fact]
    public Task A_silo_killed_half_way_loses_nothing_that_was_acknowledged() =>
        AssertSameFloorAsync(floor => floor.Cluster.KillSiloAsync(floor.Secondary(1)), "kill");

    [Fact]
    public Task A_silo_stopped_half_way_hands_over_without_an_error() =>
        AssertSameFloorAsync(floor => floor.Cluster.StopSiloAsync(floor.Secondary(1)), "graceful stop");

    [Fact]
    public Task A_silo_added_half_way_takes_work_without_an_error() =>
        AssertSameFloorAsync(floor => floor.Cluster.StartAdditionalSiloAsync(), "added silo");

    private async Task AssertSameFloorAsync(Func<FaultCluster, Task> fault, string what)
    {
        var expected = await Undisturbed.Value;
        var actual = await RunAsync(silos: 3, fault);

        output.WriteLine($"{Batches.Sum(b => b.Length)} events in {Batches.Count} batches; {what} while batch {Batches.Count / 2} was being applied");
        output.WriteLine($"failed attempts {actual.Connector.FailedAttempts}; first batch accepted {actual.Connector.RecoveredAfter?.TotalSeconds:F1} s after the {what}");
        foreach (var failure in actual.Connector.Failures.Distinct())
        {
            output.WriteLine($"  {failure}");
        }

        Assert.True(expected.Figures.Count > 40, "the stream should reach several queues and agents");
        Assert.Equal(expected.Connector.Rejected, actual.Connector.Rejected);
        var differences = FloorFigures.Differences(expected.Figures, actual.Figures);
        Assert.True(differences.Length == 0, $"figures differ after a {what}:\n{differences}");
        if (what != "kill")
        {
            Assert.Equal(0, actual.Connector.FailedAttempts);
        }
    }

    private static async Task<Outcome> RunAsync(int silos, Func<FaultCluster, Task>? fault)
    {
        await using var floor = await FaultCluster.StartAsync(silos, Now);
        var connector = new RetryingConnector(new GrainEventSink(floor.Grains));
        var half = Batches.Count / 2;
        await connector.PostAsync(Batches.Take(half));
        await connector.PostOneAsync(Batches[half], fault is null ? null : () => fault(floor));
        await connector.PostAsync(Batches.Skip(half + 1));
        var figures = await FloorFigures.ReadAsync(floor.Grains, SeededFloor.QueuesIn(Batches), SeededFloor.AgentsIn(Batches), DayStart);
        return new Outcome(connector, figures);
    }

    private sealed record Outcome(RetryingConnector Connector, Dictionary<string, string> Figures);
}
