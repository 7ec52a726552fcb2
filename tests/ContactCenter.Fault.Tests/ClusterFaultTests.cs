using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// The cluster as cluster.sh runs it (Redis, three silos, two front ends, haproxy): a seeded
/// stream posted in time-ordered batches, read back from front end 2, with a silo, Redis or a
/// front end killed while a batch is being applied. Only 200 and 503 may be seen, and every queue
/// interval must equal what the same stream gives a product nobody disturbed.
/// </summary>
public sealed class ClusterFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_silo_killed_under_load_loses_nothing_and_ingestion_resumes_within_10_seconds()
    {
        var firstAcknowledged = await AssertSameFloorAsync(cluster => cluster.RunAsync("kill-silo", "1"), "silo 1 killed", viaBalancer: false, seed: 9);
        Assert.True(firstAcknowledged < TimeSpan.FromSeconds(10), $"ingestion took {firstAcknowledged.TotalSeconds:F1} s to accept again");
    }

    [Fact]
    public async Task Redis_killed_and_started_again_answers_503_meanwhile_and_keeps_the_floor()
    {
        await AssertSameFloorAsync(
            async cluster =>
            {
                await cluster.RunAsync("kill-redis");
                await Task.Delay(TimeSpan.FromSeconds(3));
                await cluster.RunAsync("start-redis");
            },
            "redis-server killed for 3 s",
            viaBalancer: false,
            seed: 13);
    }

    [Fact]
    public async Task A_front_end_killed_under_load_leaves_the_other_to_serve_through_the_balancer()
    {
        await AssertSameFloorAsync(cluster => cluster.RunAsync("kill-front", "1"), "front end 1 killed", viaBalancer: true, seed: 17);
    }

    /// <summary>Posts the stream with a fault struck mid-batch; returns the time from the fault to the batch's acknowledgement.</summary>
    private async Task<TimeSpan> AssertSameFloorAsync(Func<ClusterScript, Task> fault, string what, bool viaBalancer, int seed)
    {
        var stream = RecentStream.Of(seed);
        var batches = stream.Batches;
        var (expectedRejected, expected) = await stream.UndisturbedAsync();

        await using var cluster = new ClusterScript();
        output.WriteLine(await cluster.RunAsync("up"));
        var connector = new HttpConnector(viaBalancer ? cluster.Balancer : cluster.Front(1));
        var half = batches.Count / 2;
        await connector.PostAsync(batches.Take(half));

        var posting = connector.PostOneAsync(batches[half]);
        await Task.Delay(TimeSpan.FromMilliseconds(30));
        var struck = Stopwatch.StartNew();
        await fault(cluster);
        await posting;
        var acknowledged = struck.Elapsed;
        await connector.PostAsync(batches.Skip(half + 1));

        var actual = await new HttpConnector(cluster.Front(2)).QueueFiguresAsync(stream.Queues, stream.From, stream.To);
        output.WriteLine($"{stream.Events} events in {batches.Count} batches; {what} while batch {half} was applied");
        output.WriteLine($"statuses seen: {string.Join(", ", connector.Statuses)}; refused connections {connector.RefusedConnections}; from the fault to the batch acknowledged: {acknowledged.TotalSeconds:F1} s");
        output.WriteLine(await cluster.RunAsync("status"));
        Assert.Subset(new HashSet<HttpStatusCode> { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }, connector.Statuses);
        Assert.Equal(expectedRejected, connector.Rejected);
        var differences = FloorFigures.Differences(expected, actual);
        Assert.True(differences.Length == 0, $"figures differ after {what} (logs in {cluster.Logs}):\n{differences}");
        return acknowledged;
    }
}
