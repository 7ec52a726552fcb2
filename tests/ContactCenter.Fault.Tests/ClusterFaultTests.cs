using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// The cluster as cluster.sh runs it (Redis, three silos, two front ends): a seeded stream posted
/// to front end 1 in time-ordered batches, read back from front end 2, with a silo killed while a
/// batch is being applied. Only 200 and 503 may be seen, and every queue interval must equal what
/// the same stream gives a product nobody disturbed.
/// </summary>
public sealed class ClusterFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task A_silo_killed_under_load_loses_nothing_and_ingestion_resumes_within_10_seconds()
    {
        var start = Wire.Now() - TimeSpan.FromMinutes(50);
        var length = TimeSpan.FromMinutes(40);
        var batches = new SeededFloor(Agents: 60, CallsPerHour: 1200, Seed: 9).Batches(start, length, batchSize: 500);
        var queues = SeededFloor.QueuesIn(batches);
        var (from, to) = (Floor(start), Floor(start + length) + Interval);

        Dictionary<string, string> expected;
        HashSet<string> expectedRejected;
        await using (var undisturbed = new FloorApp(new FloorAppOptions("cluster-undisturbed") { Security = false, Kestrel = true, StatePath = "memory" }))
        {
            var reference = new HttpConnector(undisturbed.BaseAddress);
            await reference.PostAsync(batches);
            expected = await reference.QueueFiguresAsync(queues, from, to);
            expectedRejected = reference.Rejected;
        }

        await using var cluster = new ClusterScript();
        output.WriteLine(await cluster.RunAsync("up"));
        var connector = new HttpConnector(cluster.Front(1));
        var half = batches.Count / 2;
        await connector.PostAsync(batches.Take(half));

        var posting = connector.PostOneAsync(batches[half]);
        await Task.Delay(TimeSpan.FromMilliseconds(30));
        await cluster.RunAsync("kill-silo", "1");
        var killed = Stopwatch.StartNew();
        await posting;
        var firstAcknowledged = killed.Elapsed;
        await connector.PostAsync(batches.Skip(half + 1));

        var actual = await new HttpConnector(cluster.Front(2)).QueueFiguresAsync(queues, from, to);
        output.WriteLine($"{batches.Sum(b => b.Length)} events in {batches.Count} batches; silo 1 killed while batch {half} was applied");
        output.WriteLine($"statuses seen: {string.Join(", ", connector.Statuses)}; from the kill to the batch acknowledged: {firstAcknowledged.TotalSeconds:F1} s");
        output.WriteLine(await cluster.RunAsync("status"));
        Assert.Subset(new HashSet<HttpStatusCode> { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }, connector.Statuses);
        Assert.Equal(expectedRejected, connector.Rejected);
        var differences = FloorFigures.Differences(expected, actual);
        Assert.True(differences.Length == 0, $"figures differ after a silo kill (logs in {cluster.Logs}):\n{differences}");
        Assert.True(firstAcknowledged < TimeSpan.FromSeconds(10), $"ingestion took {firstAcknowledged.TotalSeconds:F1} s to accept again");
    }

    private static DateTimeOffset Floor(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % Interval.Ticks), TimeSpan.Zero);
}
