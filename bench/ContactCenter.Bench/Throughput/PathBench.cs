using ContactCenter.Testing;
using System.Text.Json;
using ContactCenter.Bench.Hosting;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Bench.Throughput;

/// <summary>
/// The product's two ingestion paths, each on a fresh host whose floor clock replays the stream:
/// in-process (<see cref="IEventSink"/>, what the API calls after parsing) and the HTTP API
/// (JSON batches posted over loopback as an authenticated connector).
/// </summary>
public static class PathBench
{
    public const string GrainPath = "grain path";
    public const string HttpPath = "HTTP API";
    public const string OpsDashboardPath = "grain path, Orleans' dashboard on";

    /// <param name="opsDashboard">
    /// Orleans' own dashboard on, as the cluster and production profiles ship it: it times every
    /// grain call. Its cost is reported apart from the product's figures.
    /// </param>
    /// <param name="allocationTypes">Samples what the timed part allocates, by type, if given.</param>
    public static async Task<ThroughputRun> GrainsAsync(FloorStream stream, int inFlight, TextWriter log, bool opsDashboard = false, AllocationSampler? allocationTypes = null)
    {
        var clock = new ReplayClock(stream.Start);
        await using var host = await BenchHost.StartReplayAsync(clock, settings: opsDashboard ? OpsDashboardOn : null);
        var sink = host.Services.GetRequiredService<IEventSink>();
        using var stateWrites = new StateWriteTally();
        var feeder = new ReplayFeeder(clock, async (batch, tally) =>
        {
            var result = await sink.IngestAsync(batch);
            tally.Add(result.Accepted, result.Duplicates, result.Rejected.Count, result.Rejected.Count > 0 ? Describe(result.Rejected[0]) : null);
        }, inFlight, stateWrites, allocationTypes);
        return await feeder.RunAsync(opsDashboard ? OpsDashboardPath : GrainPath, stream, log);
    }

    public static async Task<ThroughputRun> HttpAsync(FloorStream stream, int inFlight, TextWriter log)
    {
        // A connector sends bytes it already has: serialising is the source's cost, not ours.
        var bodies = new Dictionary<FloorEvent[], byte[]>(ReferenceEqualityComparer.Instance);
        foreach (var batch in stream.All)
        {
            bodies[batch] = EventWire.Batch(batch);
        }

        var clock = new ReplayClock(stream.Start);
        await using var host = await StartAsync(clock);
        using var http = host.ConnectorClient();
        using var stateWrites = new StateWriteTally();
        var feeder = new ReplayFeeder(clock, async (batch, tally) =>
        {
            using var content = EventWire.Content(bodies[batch]);
            using var response = await http.PostAsync("/api/events", content);
            await using var body = await response.Content.ReadAsStreamAsync();
            using var json = await JsonDocument.ParseAsync(body);
            if (!response.IsSuccessStatusCode)
            {
                tally.Add(0, 0, batch.Length, $"HTTP {(int)response.StatusCode}: {json.RootElement}");
                return;
            }

            var root = json.RootElement;
            var rejected = root.GetProperty("rejected");
            tally.Add(
                root.GetProperty("accepted").GetInt32(),
                root.GetProperty("duplicates").GetInt32(),
                rejected.GetArrayLength(),
                rejected.GetArrayLength() > 0 ? rejected[0].ToString() : null);
        }, inFlight, stateWrites);
        return await feeder.RunAsync(HttpPath, stream, log);
    }

    private static readonly Dictionary<string, string?> OpsDashboardOn = new() { ["Orleans:OpsDashboard"] = "true" };

    private static Task<BenchHost> StartAsync(ReplayClock clock) => BenchHost.StartReplayAsync(clock);

    private static string Describe(RejectedEvent r) => $"{r.EventId} {r.Field} {r.Reason}: {r.Detail}";
}
