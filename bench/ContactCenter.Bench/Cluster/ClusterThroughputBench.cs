using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContactCenter.Bench.Throughput;
using ContactCenter.Testing;

namespace ContactCenter.Bench.Cluster;

/// <summary>
/// The HTTP path against the cluster as silo-config/cluster.sh runs it (Redis on loopback, three
/// silos, two front ends), beside the embedded figure: the price of every grain write being a
/// Redis round trip. One connector posts the stream to front end 1. CPU is summed over every
/// process of the cluster and this one (the connector). The cluster runs on the real clock, so
/// the stream is recent: its calls are no older than a live floor's.
/// </summary>
public static class ClusterThroughputBench
{
    public const string ClusterPath = "cluster HTTP API (Redis)";

    /// <summary>Several connectors at once, each with a floor of its own, as fast as the cluster answers: saturation, where a false suspicion would show first.</summary>
    public const string OverloadPath = "cluster HTTP API (Redis), 4 connectors at once";

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    /// <returns>The measured run, then the overload run.</returns>
    public static async Task<List<ThroughputRun>> RunAsync(FloorShape shape, TextWriter log)
    {
        var stream = FloorStream.Generate(shape, DateTimeOffset.UtcNow - shape.WarmUp - TimeSpan.FromMinutes(10));
        var root = Path.GetDirectoryName(BenchFolder.Locate())!;
        var folder = Path.Combine(Path.GetTempPath(), "contactcenter-bench-cluster", Guid.NewGuid().ToString("N"));
        var frontBase = FreePort.ScriptBase();
        var environment = new Dictionary<string, string>
        {
            ["CLUSTER_DIR"] = folder,
            ["REDIS_PORT"] = Port(FreePort.Next()),
            ["FRONT_BASE"] = Port(frontBase),
            ["LB_PORT"] = Port(FreePort.Next()),
            ["SILO_BASE"] = Port(FreePort.ScriptBase()),
            ["GATEWAY_BASE"] = Port(FreePort.ScriptBase()),
            ["Security__Enabled"] = "false",
            // The bench's own build built both hosts (in its configuration): no build per run.
            ["CLUSTER_NO_BUILD"] = "1",
            ["CONFIGURATION"] = BuildConfiguration,
        };
        var refused = false;
        try
        {
            await ScriptAsync(root, environment, "up");
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port(frontBase + 1)}"), Timeout = TimeSpan.FromMinutes(2) };
            // Fresh processes spend their first minute compiling (tiered JIT): the same stream on
            // subjects of its own goes through first, untimed, as the embedded paths' JIT pass does.
            var compiling = Stopwatch.StartNew();
            await PostAllAsync(http, stream.WarmUp.Concat(stream.Measured), "jit-", new BatchTally());
            log.WriteLine($"  (cluster JIT pass, not counted: {stream.WarmUpEvents + stream.MeasuredEvents:N0} events in {compiling.Elapsed.TotalSeconds:0.0} s)");

            var warmUp = new BatchTally();
            foreach (var batch in stream.WarmUp)
            {
                await PostAsync(http, batch, warmUp);
            }

            var processes = Directory.GetFiles(Path.Combine(folder, "pids"))
                .Select(f => int.Parse(File.ReadAllText(f).Trim(), CultureInfo.InvariantCulture))
                .Select(Process.GetProcessById)
                .Append(Process.GetCurrentProcess())
                .ToList();
            var cpu = TotalCpu(processes);
            var tally = new BatchTally();
            var watch = Stopwatch.StartNew();
            foreach (var batch in stream.Measured)
            {
                await PostAsync(http, batch, tally);
            }

            watch.Stop();
            var run = new ThroughputRun(ClusterPath, stream.MeasuredEvents, watch.Elapsed.TotalSeconds, (TotalCpu(processes) - cpu).TotalSeconds, tally.Accepted, tally.Duplicates, tally.Rejected, EvictionVotes(folder));
            log.WriteLine($"  {run}{(tally.FirstRejection is { } why ? $" (first: {why})" : "")}");
            refused |= tally.FirstRejection is not null;
            var (overload, refusals) = await OverloadAsync(http, stream, processes, folder);
            log.WriteLine($"  {overload}{refusals}");
            refused |= overload.Rejected > 0;
            return [run, overload];
        }
        finally
        {
            await ScriptAsync(root, environment, "down");
            // KEEP_CLUSTER=1 keeps the processes' logs to read after a run; so does a run with
            // refusals, whose causes are in the front ends' logs and nowhere else.
            if (Environment.GetEnvironmentVariable("KEEP_CLUSTER") is null && !refused)
            {
                Directory.Delete(folder, recursive: true);
            }
            else
            {
                log.WriteLine($"  cluster logs kept in {folder}");
            }
        }
    }

    private static async Task PostAsync(HttpClient http, Contracts.Events.FloorEvent[] batch, BatchTally tally)
    {
        using var content = EventWire.Content(EventWire.Batch(batch));
        using var response = await http.PostAsync("/api/events", content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (!response.IsSuccessStatusCode)
        {
            tally.Add(0, 0, batch.Length, $"HTTP {(int)response.StatusCode}: {json.RootElement}");
            return;
        }

        var rejected = json.RootElement.GetProperty("rejected");
        tally.Add(json.RootElement.GetProperty("accepted").GetInt32(), json.RootElement.GetProperty("duplicates").GetInt32(), rejected.GetArrayLength(), null);
    }

    private static async Task<(ThroughputRun Run, string Refusals)> OverloadAsync(HttpClient http, FloorStream stream, List<Process> processes, string folder)
    {
        const int connectors = 4;
        var votesBefore = EvictionVotes(folder);
        var tallies = Enumerable.Range(0, connectors).Select(_ => new BatchTally()).ToArray();
        var cpu = TotalCpu(processes);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connectors).Select(n => PostAllAsync(http, stream.WarmUp, $"load{n}-", tallies[n])));
        watch.Stop();
        var refusals = tallies.Select(t => t.FirstRejection).FirstOrDefault(why => why is not null) is { } first ? $" (first: {first})" : "";
        return (new ThroughputRun(
            OverloadPath, connectors * stream.WarmUpEvents, watch.Elapsed.TotalSeconds, (TotalCpu(processes) - cpu).TotalSeconds,
            tallies.Sum(t => t.Accepted), tallies.Sum(t => t.Duplicates), tallies.Sum(t => t.Rejected), EvictionVotes(folder) - votesBefore), refusals);
    }

    private static async Task PostAllAsync(HttpClient http, IEnumerable<Contracts.Events.FloorEvent[]> batches, string prefix, BatchTally tally)
    {
        foreach (var batch in batches)
        {
            await PostAsync(http, [.. batch.Select(e => OnSubjectsOfItsOwn(e, prefix))], tally);
        }
    }

    private static Contracts.Events.FloorEvent OnSubjectsOfItsOwn(Contracts.Events.FloorEvent e, string prefix) => e with
    {
        EventId = prefix + e.EventId,
        CallId = Own(e.CallId, prefix),
        AgentId = Own(e.AgentId, prefix),
        ToAgentId = Own(e.ToAgentId, prefix),
        QueueId = Own(e.QueueId, prefix),
        ToQueueId = Own(e.ToQueueId, prefix),
        TeamId = Own(e.TeamId, prefix),
        Queues = e.Queues?.Select(q => Own(q, prefix)!).ToArray(),
    };

    private static string? Own(string? id, string prefix) => id is null ? null : prefix + id;

    /// <summary>Orleans logs each vote to evict a silo (MembershipVotingForKill) and each eviction; under load with every silo alive there must be none.</summary>
    private static int EvictionVotes(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "logs"), "silo-*")
            .Sum(log => File.ReadLines(log).Count(line => line.Contains("Voting to evict", StringComparison.Ordinal) || line.Contains("Evicting '", StringComparison.Ordinal)));

    private static TimeSpan TotalCpu(IEnumerable<Process> processes)
    {
        var total = TimeSpan.Zero;
        foreach (var process in processes)
        {
            process.Refresh();
            total += process.TotalProcessorTime;
        }

        return total;
    }

    private static async Task ScriptAsync(string root, Dictionary<string, string> environment, string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "silo-config", "cluster.sh"));
        start.ArgumentList.Add(command);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {command} failed: {await error}");
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
