using System.Diagnostics;
using ContactCenter.Bench.Hosting;
using ContactCenter.Bench.Results;
using ContactCenter.Bench.Throughput;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace ContactCenter.Bench.Memory;

/// <summary>
/// Heap and working set per agent grain (after its past calls) and per active call grain, each
/// scale on fresh hosts: measured before the agents, after them, and after one live call each.
/// </summary>
public static class MemoryBench
{
    private const int BatchSize = 500;
    /// <summary>One batch at a time, as one source sends them: batches in flight together could race on an agent.</summary>
    private const int InFlight = 1;

    /// <summary>
    /// An agent keeps 16 timeline entries plus a folded checkpoint and its last few wrap-ups, so
    /// its state stops growing after about four calls: at 100,000 agents four past calls measure
    /// the same grain as twenty, in a fifth of the setup time.
    /// </summary>
    private const int BoundedPastCalls = 4;

    public static async Task<MemoryFigures> RunAsync(BenchMode mode, TextWriter log, CancellationToken cancellationToken = default)
    {
        (int Grains, int PastCalls, int Runs)[] plan = mode switch
        {
            BenchMode.Full => [(10_000, 20, 3), (100_000, BoundedPastCalls, 1)],
            // 10,000 of each, one run: at 1,000 the caches of fixed size (grain addresses,
            // pooled response sources) were a tenth of the figure per agent.
            BenchMode.Quick => [(10_000, BoundedPastCalls, 1)],
            _ => [(300, 20, 1)],
        };
        log.WriteLine("memory: storage discarded in-process (a cluster keeps state in Redis), so the heap is the activations' own");
        var scales = new List<MemoryAtScale>();
        foreach (var (grains, pastCalls, runs) in plan)
        {
            var measured = new List<MemoryAtScale>();
            for (var run = 0; run < runs; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                measured.Add(await MeasureAsync(grains, pastCalls, log));
            }

            scales.Add(new MemoryAtScale(
                grains,
                Median.Of(measured.Select(m => m.HeapBytesPerAgentGrain)),
                Median.Of(measured.Select(m => m.WorkingSetBytesPerAgentGrain)),
                Median.Of(measured.Select(m => m.HeapBytesPerCallGrain)),
                Median.Of(measured.Select(m => m.WorkingSetBytesPerCallGrain)),
                runs));
        }

        return new MemoryFigures(scales);
    }

    private static async Task<MemoryAtScale> MeasureAsync(int agents, int pastCalls, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var discard = new DiscardingGrainStorage();
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        // The floor's clock follows the events, so no rule judges a call from hours ago as still running.
        var clock = new ReplayClock(start.AddMinutes(-30));
        await using var host = await BenchHost.StartReplayAsync(clock, services =>
        {
            services.AddKeyedSingleton<IGrainStorage>(Grains.Persistence.FloorStorage.Name, discard);
            services.AddKeyedSingleton<IGrainStorage>(Grains.Persistence.FloorStorage.PubSub, discard);
        });
        var sink = host.Services.GetRequiredService<IEventSink>();
        var floor = new MemoryFloor(agents, pastCalls, start);

        // Every queue and team exists before the first reading, so the agents' figure holds agents alone.
        await IngestAsync(sink, clock, new MemoryFloor(Math.Min(agents, MemoryFloor.Queues), 0, start.AddMinutes(-30)).History(BatchSize), log);
        var before = await HeapProbe.SettledAsync(TimeSpan.FromSeconds(15));
        var historyEvents = await IngestAsync(sink, clock, floor.History(BatchSize), log);
        // Finished calls free their activations asynchronously: the agents' reading waits for the last of them.
        await NoCallsActiveAsync(host, TimeSpan.FromSeconds(30));
        var withAgents = await HeapProbe.SettledAsync(TimeSpan.FromSeconds(15));
        var afterAgents = await ActivationsAsync(host);
        var liveEvents = await IngestAsync(sink, clock, floor.LiveCalls(BatchSize), log);
        var withCalls = await HeapProbe.SettledAsync(TimeSpan.FromSeconds(15));
        var afterCalls = await ActivationsAsync(host);

        var result = new MemoryAtScale(
            agents,
            (withAgents.Heap - before.Heap) / (double)agents,
            (withAgents.WorkingSet - before.WorkingSet) / (double)agents,
            (withCalls.Heap - withAgents.Heap) / (double)agents,
            (withCalls.WorkingSet - withAgents.WorkingSet) / (double)agents,
            1);
        log.WriteLine(
            $"  {agents:N0} agents ({pastCalls} past calls each, {historyEvents:N0} events) and {agents:N0} live calls ({liveEvents:N0} events) in {watch.Elapsed.TotalSeconds:0} s: " +
            $"{result.HeapBytesPerAgentGrain:N0} B heap / {result.WorkingSetBytesPerAgentGrain:N0} B working set per agent, " +
            $"{result.HeapBytesPerCallGrain:N0} B heap / {result.WorkingSetBytesPerCallGrain:N0} B working set per call; " +
            $"activations after agents: {afterAgents}; after calls: {afterCalls}");
        return result;
    }

    private static async Task<int> IngestAsync(IEventSink sink, ReplayClock clock, IEnumerable<FloorEvent[]> batches, TextWriter log)
    {
        var events = 0;
        var rejected = 0;
        string? firstRejection = null;
        var pending = new List<Task<IngestResult>>(InFlight);
        foreach (var batch in batches)
        {
            events += batch.Length;
            clock.AdvanceTo(batch[^1].At);
            pending.Add(sink.IngestAsync(batch).AsTask());
            if (pending.Count >= InFlight)
            {
                var done = await Task.WhenAny(pending);
                pending.Remove(done);
                Count(await done);
            }
        }

        foreach (var result in await Task.WhenAll(pending))
        {
            Count(result);
        }

        if (rejected > 0)
        {
            log.WriteLine($"  {rejected:N0} setup events rejected (first: {firstRejection}): the figures below are for a different floor");
        }

        return events;

        void Count(IngestResult result)
        {
            rejected += result.Rejected.Count;
            if (result.Rejected.Count > 0)
            {
                firstRejection ??= $"{result.Rejected[0].EventId} {result.Rejected[0].Field} {result.Rejected[0].Reason}";
            }
        }
    }

    private static async Task NoCallsActiveAsync(BenchHost host, TimeSpan deadline)
    {
        var watch = Stopwatch.StartNew();
        var management = host.Grains.GetGrain<IManagementGrain>(0);
        while (watch.Elapsed < deadline)
        {
            var statistics = await management.GetSimpleGrainStatistics();
            if (!statistics.Any(s => s.GrainType.Contains("CallGrain", StringComparison.Ordinal) && s.ActivationCount > 0))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>Activations by grain type, so a reader sees what the heap holds (ended calls are gone, for one).</summary>
    private static async Task<string> ActivationsAsync(BenchHost host)
    {
        var statistics = await host.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return string.Join(", ", statistics
            .GroupBy(s => s.GrainType.Split(',')[0].Split('.')[^1])
            .Select(g => (Type: g.Key, Count: g.Sum(s => s.ActivationCount)))
            .Where(g => g.Count >= 10)
            .OrderByDescending(g => g.Count)
            .Select(g => $"{g.Type} {g.Count:N0}"));
    }
}
