namespace ContactCenter.Fault.Tests;

/// <summary>
/// The ground every fault test stands on: the same stream, posted the same way, gives the same
/// floor, whether grain state is kept in memory or in the product's SQLite file. Before walks ran
/// one at a time, about one run in two differed by a call answered in one run and abandoned in
/// the other (an agent freed by a call in another walk, which had not landed yet).
/// </summary>
public sealed class DeterminismTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    public async Task The_same_stream_gives_the_same_floor_every_time(int seed)
    {
        var stream = RecentStream.Of(seed);
        var runs = new List<(HashSet<string> Rejected, Dictionary<string, string> Figures)>();
        foreach (var statePath in new string?[] { "memory", "memory", null })
        {
            runs.Add(await stream.UndisturbedAsync(statePath));
        }

        foreach (var run in runs.Skip(1))
        {
            Assert.Equal(runs[0].Rejected, run.Rejected);
            var differences = FloorFigures.Differences(runs[0].Figures, run.Figures);
            Assert.True(differences.Length == 0, differences);
        }
    }
}
