using System.Diagnostics;
using ContactCenter.Bench.Hosting;
using ContactCenter.Bench.Memory;
using ContactCenter.Bench.Throughput;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.History.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Bench.Soak;

/// <summary>
/// Hours of the embedded default's floor (60 agents) at 12,000 calls an hour, replayed as fast
/// as the grain path takes them, on the product as shipped: grain state in its SQLite file,
/// history in its store. Before the history store the heap grew about 1 MB a minute of such a
/// floor (every finished call stayed in storage); a bounded product's heap stays flat.
/// </summary>
public static class SoakBench
{
    public static async Task<SoakFigures> RunAsync(BenchMode mode, TextWriter log)
    {
        // Smoke only proves the section runs: ten minutes and ten more.
        var (warmUp, hours) = mode switch
        {
            BenchMode.Full => (TimeSpan.FromHours(1), 8.0),
            BenchMode.Quick => (TimeSpan.FromHours(1), 2.0),
            _ => (TimeSpan.FromMinutes(10), 1.0 / 6),
        };
        var stream = Stream(warmUp, hours);
        log.WriteLine($"soak: 60 agents, 12,000 calls/h, {warmUp.TotalHours:0.##} h warm-up then {hours:0.##} h measured: {stream.MeasuredEvents:N0} events");

        var clock = new ReplayClock(stream.Start);
        await using var host = await BenchHost.StartReplayAsync(clock);
        var sink = host.Services.GetRequiredService<IEventSink>();
        var tally = new BatchTally();
        var feeder = new ReplayFeeder(clock, async (batch, t) =>
        {
            var result = await sink.IngestAsync(batch);
            t.Add(result.Accepted, result.Duplicates, result.Rejected.Count, result.Rejected.Count > 0 ? result.Rejected[0].Detail : null);
        }, inFlight: 1);

        var grains = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        // The warm-up's pace is read over its second half: the first also compiles the path.
        var (first, second) = (stream.WarmUp.Take(stream.WarmUp.Count / 2).ToList(), stream.WarmUp.Skip(stream.WarmUp.Count / 2).ToList());
        await feeder.FeedAsync(first, new BatchTally());
        var warming = Stopwatch.StartNew();
        await feeder.FeedAsync(second, new BatchTally());
        var before = await SettledHeapAsync(grains, QuarterHourOfFloor(warming.Elapsed, Hours(second)));
        var watch = Stopwatch.StartNew();
        await feeder.FeedAsync(stream.Measured, tally);
        watch.Stop();
        var simulated = Hours(stream.Measured);
        var after = await SettledHeapAsync(grains, QuarterHourOfFloor(watch.Elapsed, simulated));

        var database = host.Services.GetRequiredService<HistoryDatabase>();
        await using var context = database.Open();
        var archived = await context.Calls.LongCountAsync();
        var figures = new SoakFigures(60, 12_000, Math.Round(simulated, 2), stream.MeasuredEvents, tally.Rejected, Math.Round(watch.Elapsed.TotalSeconds, 1), before, after, archived);
        log.WriteLine($"  {figures.SimulatedHours:0.0} h in {figures.WallSeconds:0} s: heap {before / 1e6:0.0} MB -> {after / 1e6:0.0} MB, " +
            $"{SoakFigures.SignedMegabytes(figures.HeapGrowthBytesPerHour)} MB per simulated hour; {archived:N0} finished calls in the history; {tally.Rejected:N0} events rejected");
        return figures;
    }

    /// <summary>
    /// The heap once idle activations are gone. Orleans collects an activation idle for 15 minutes
    /// of wall time; a replay runs hours of floor in seconds, so nothing would age out by itself.
    /// Activations idle for a quarter of an hour of this replay's floor (<paramref name="quarterHour"/>
    /// of its wall time) are collected before each reading: what real time would have collected, no more.
    /// </summary>
    private static async Task<long> SettledHeapAsync(IManagementGrain grains, TimeSpan quarterHour)
    {
        await Task.Delay(quarterHour + TimeSpan.FromMilliseconds(500));
        await grains.ForceActivationCollection(quarterHour);
        return (await HeapProbe.SettledAsync(TimeSpan.FromSeconds(20))).Heap;
    }

    /// <summary>The wall time a quarter of an hour of floor took, replayed: <paramref name="took"/> for <paramref name="hours"/> of it.</summary>
    private static TimeSpan QuarterHourOfFloor(TimeSpan took, double hours) => took * (0.25 / hours);

    private static double Hours(IReadOnlyList<FloorEvent[]> batches) => (batches[^1][^1].At - batches[0][0].At).TotalHours;

    /// <summary>A warm-up, then about <paramref name="hours"/> more of the same floor (events per hour as in the warm-up).</summary>
    private static FloorStream Stream(TimeSpan warmUp, double hours)
    {
        var start = DateTimeOffset.UtcNow.AddHours(-(hours + warmUp.TotalHours + 1));
        var probe = FloorStream.Generate(new FloorShape(60, 4, 4, 12_000, warmUp, 1, Seed: 11), start);
        var measured = (int)(probe.WarmUpEvents / warmUp.TotalHours * hours);
        return FloorStream.Generate(new FloorShape(60, 4, 4, 12_000, warmUp, measured, Seed: 11), start);
    }
}
