using System.Diagnostics;

namespace ContactCenter.Bench.Live;

/// <summary>
/// With <c>--trace</c>: each probe's start within the run and its slowest arrival, and what the
/// collector did meanwhile. It tells a stall (every probe of a moment late together) from a slow
/// scope, and a burst of the load from a collection.
/// </summary>
public sealed class RunTrace
{
    private readonly TimeSpan paused = GC.GetTotalPauseDuration();
    private readonly int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    public void WriteTo(TextWriter log, Audience audience)
    {
        log.WriteLine(
            $"    trace gc: paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms, gen0 {GC.CollectionCount(0) - collections[0]}, " +
            $"gen1 {GC.CollectionCount(1) - collections[1]}, gen2 {GC.CollectionCount(2) - collections[2]}, heap {GC.GetTotalMemory(false) / 1e6:0} MB, pool threads {ThreadPool.ThreadCount}");
        foreach (var (kind, recorder) in audience.ByKind)
        {
            log.WriteLine($"    trace {kind}: {string.Join(" ", recorder.Probed().Select(p => $"{p.Probe}@{p.StartedMs:0}ms={p.SlowestMs:0}ms"))}");
        }
    }
}
