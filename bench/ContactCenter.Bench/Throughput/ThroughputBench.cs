using ContactCenter.Bench.Baseline;

namespace ContactCenter.Bench.Throughput;

/// <summary>
/// Ingestion throughput: one seeded stream, applied by the baseline loop and through the
/// product's two paths, several times each on fresh floors. Full mode replays the issue's floor
/// (10,000 agents, 200 queues, about 10,000 calls in progress); quick and smoke shrink it.
/// </summary>
public static class ThroughputBench
{
    /// <summary>One batch at a time, as one connector posting in order does.</summary>
    public const int InFlightBatches = 1;

    public static async Task<ThroughputFigures> RunAsync(BenchMode mode, TextWriter log)
    {
        var (shape, runs, stream) = Stream(mode, log);
        var baseline = Baseline(stream, runs, log);

        // The HTTP API first: it runs the grain path too, so the grain path's own warm-up then
        // usually finds the JIT quiet after one pass.
        await WarmUpAsync(mode, PathBench.HttpPath, () => PathBench.HttpAsync(stream, InFlightBatches, TextWriter.Null), log);
        await WarmUpAsync(mode, PathBench.GrainPath, () => PathBench.GrainsAsync(stream, InFlightBatches, TextWriter.Null), log);
        var grains = new List<ThroughputRun>();
        var http = new List<ThroughputRun>();
        for (var i = 0; i < runs; i++)
        {
            grains.Add(await PathBench.GrainsAsync(stream, InFlightBatches, log));
            http.Add(await PathBench.HttpAsync(stream, InFlightBatches, log));
        }

        var opsDashboard = await OpsDashboardAsync(mode, stream, runs, log);

        // The cluster (Redis on loopback, three silos) once on the same shape, in the full run only:
        // five fresh processes spend their first minute compiling, so it alone took two of --quick's
        // five minutes. --only cluster runs it on its own.
        var cluster = mode == BenchMode.Full ? await ClusterAsync(shape, log) : [];

        return new ThroughputFigures(shape, stream.WarmUpEvents, stream.MeasuredEvents, stream.ActiveCallsAtMeasureStart, InFlightBatches, baseline, grains, http, cluster)
        {
            OpsDashboard = opsDashboard,
        };
    }

    /// <summary>
    /// The grain path again with Orleans' dashboard on (the cluster and production profiles): the
    /// goals hold for the product with it off, and its price is reported beside them. One run in
    /// <c>--quick</c>, which must fit in three minutes; the JIT knows the path by now, and its own
    /// warm-up passes compile what the dashboard adds (one in <c>--quick</c>: the run shows the JIT left).
    /// </summary>
    private static async Task<List<ThroughputRun>> OpsDashboardAsync(BenchMode mode, FloorStream stream, int runs, TextWriter log)
    {
        await WarmUpAsync(mode, PathBench.OpsDashboardPath, () => PathBench.GrainsAsync(stream, InFlightBatches, TextWriter.Null, opsDashboard: true), log, most: mode == BenchMode.Full ? MaxWarmUpPasses : 1);
        var measured = new List<ThroughputRun>();
        for (var i = 0; i < (mode == BenchMode.Full ? runs : 1); i++)
        {
            measured.Add(await PathBench.GrainsAsync(stream, InFlightBatches, log, opsDashboard: true));
        }

        return measured;
    }

    /// <summary>The cluster runs alone (<c>--only cluster</c>), on the mode's shape.</summary>
    public static async Task ClusterAsync(BenchMode mode, TextWriter log)
    {
        var (shape, _, _) = Stream(mode, log);
        await ClusterAsync(shape, log);
    }

    private static async Task<List<ThroughputRun>> ClusterAsync(FloorShape shape, TextWriter log)
    {
        log.WriteLine("  cluster: Redis, 3 silos, 2 front ends from silo-config/cluster.sh");
        return await Cluster.ClusterThroughputBench.RunAsync(shape, log);
    }

    /// <summary>
    /// The baseline and the grain path only, with each run's CPU per event and the median beside
    /// the same session's baseline (<c>--only grains</c>): the figure to compare before and after a
    /// change to the event path, in a minute or two rather than the whole section's ten.
    /// </summary>
    public static async Task GrainPathAsync(BenchMode mode, TextWriter log)
    {
        var (_, runs, stream) = Stream(mode, log);
        var baseline = Baseline(stream, runs, log);
        await WarmUpAsync(mode, PathBench.GrainPath, () => PathBench.GrainsAsync(stream, InFlightBatches, TextWriter.Null), log);
        var grains = new List<ThroughputRun>();
        using var allocations = new AllocationSampler();
        for (var i = 0; i < runs; i++)
        {
            grains.Add(await PathBench.GrainsAsync(stream, InFlightBatches, log, allocationTypes: allocations));
        }

        log.WriteLine("  what the timed runs allocated, by type (the runtime's allocation ticks):");
        log.WriteLine(allocations.Top(25));
        static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        log.WriteLine(System.FormattableString.Invariant(
            $"grain path median {Median(grains.Select(r => r.CpuMicrosPerEvent)):0.0} µs CPU/event, {Median(grains.Select(r => r.EventsPerSec)):N0} events/s; baseline median {Median(baseline.Select(r => r.CpuMicrosPerEvent)):0.0} µs CPU/event"));
    }

    private static (FloorShape Shape, int Runs, FloorStream Stream) Stream(BenchMode mode, TextWriter log)
    {
        var (shape, runs) = mode switch
        {
            BenchMode.Full => (FloorShape.Issue(TimeSpan.FromMinutes(5), 100_000), 3),
            BenchMode.Quick => (new FloorShape(2_000, 40, 20, 27_000, TimeSpan.FromMinutes(3), 12_000), 3),
            _ => (new FloorShape(200, 10, 4, 2_700, TimeSpan.FromMinutes(2), 1_500), 1),
        };
        // Events lie in the recent past: the replay clock starts at the first one, so no rule sees hours-old calls.
        var stream = FloorStream.Generate(shape, DateTimeOffset.UtcNow.AddHours(-6));
        log.WriteLine($"throughput: {shape.Agents:N0} agents, {shape.Queues} queues, warm-up {stream.WarmUpEvents:N0} events, " +
            $"measured {stream.MeasuredEvents:N0} events in batches of {shape.BatchSize}, {stream.ActiveCallsAtMeasureStart:N0} calls in progress at the start, {runs} run(s) per path");
        return (shape, runs, stream);
    }

    /// <summary>
    /// Passes of a path, not counted, until the JIT is done with it: "sustained" means a process
    /// that has compiled its hot code at the top tier, as a server does in its first minutes. One
    /// pass was not enough: tiered compilation (with PGO's instrumented tier between) kept
    /// recompiling through the next three, and the runs measured then spent 135-260 µs of each
    /// event in the JIT and came out 40 % above the steady cost.
    /// </summary>
    private static async Task WarmUpAsync(BenchMode mode, string path, Func<Task<ThroughputRun>> pass, TextWriter log, int most = MaxWarmUpPasses)
    {
        // Smoke only proves the section runs.
        most = mode == BenchMode.Smoke ? 1 : most;
        for (var i = 1; ; i++)
        {
            var run = await pass();
            var jit = run.JitSeconds ?? 0;
            log.WriteLine(System.FormattableString.Invariant(
                $"  ({path} warm-up pass {i}, not counted: {run.CpuMicrosPerEvent:0.0} µs CPU/event, of which JIT {jit * 1e6 / run.Events:0.0})"));
            if (jit <= run.CpuSeconds * QuietJit)
            {
                return;
            }

            if (i == most)
            {
                log.WriteLine($"  ({path}: the JIT was still busy after {most} warm-up pass(es); the runs below include some of its work)");
                return;
            }
        }
    }

    /// <summary>The JIT's share of a pass's CPU below which the path counts as compiled.</summary>
    private const double QuietJit = 0.02;

    /// <summary>Seven were needed at most on this machine in <c>--quick</c>.</summary>
    private const int MaxWarmUpPasses = 8;

    /// <summary>The first pass only compiles: tiered JIT and PGO would otherwise flatter the ratio with a slow baseline.</summary>
    private static List<ThroughputRun> Baseline(FloorStream stream, int runs, TextWriter log)
    {
        BaselineBench.Run(stream, TextWriter.Null);
        var baseline = new List<ThroughputRun>();
        for (var i = 0; i < Math.Max(runs, 3); i++)
        {
            baseline.Add(BaselineBench.Run(stream, log));
        }

        return baseline;
    }
}
