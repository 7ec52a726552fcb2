namespace ContactCenter.Fault.Tests;

/// <summary>
/// The ground every fault test stands on: the same stream, posted the same way, gives the same
/// floor, whether grain state is kept in memory or in the product's SQLite file. Before walks ran
/// one at a time, about one run in two differed by a call answered in one run and abandoned in
/// the other (an agent freed by a call in another walk, which had not landed yet).
/// </summary>
public sealed class DeterminismTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    public async Task The_same_stream_gives_the_same_floor_every_time(int seed)
    {
        var start = Wire.Now() - TimeSpan.FromMinutes(50);
        var batches = new SeededFloor(Agents: 60, CallsPerHour: 1200, Seed: seed).Batches(start, TimeSpan.FromMinutes(40), batchSize: 500);
        var queues = SeededFloor.QueuesIn(batches);
        var from = new DateTimeOffset(start.UtcTicks - (start.UtcTicks % Interval.Ticks), TimeSpan.Zero);
        var runs = new List<(HashSet<string> Rejected, Dictionary<string, string> Figures)>();
        foreach (var statePath in new string?[] { "memory", "memory", null })
        {
            await using var app = new FloorApp(new FloorAppOptions($"same-{seed}") { Security = false, Kestrel = true, StatePath = statePath });
            var connector = new HttpConnector(app.BaseAddress);
            await connector.PostAsync(batches);
            runs.Add((connector.Rejected, await connector.QueueFiguresAsync(queues, from, from.AddHours(1))));
        }

        foreach (var run in runs.Skip(1))
        {
            Assert.Equal(runs[0].Rejected, run.Rejected);
            var differences = FloorFigures.Differences(runs[0].Figures, run.Figures);
            Assert.True(differences.Length == 0, differences);
        }
    }
}
