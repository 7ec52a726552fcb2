using System.Diagnostics;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Bench.Throughput;

/// <summary>
/// Feeds a stream's batches to a path as a connector replaying a recording would: the floor's
/// clock follows the events (each batch moves it to its last event, so rule timers fire at the
/// instants the events imply, not hours late), and up to <c>inFlight</c> batches are in flight.
/// </summary>
public sealed class ReplayFeeder(ReplayClock clock, Func<FloorEvent[], BatchTally, Task> apply, int inFlight, StateWriteTally? stateWrites = null, AllocationSampler? allocationTypes = null)
{
    public async Task<ThroughputRun> RunAsync(string path, FloorStream stream, TextWriter log)
    {
        var warmUp = new BatchTally();
        await FeedAsync(stream.WarmUp, warmUp);
        log.WriteLine($"  {path}: warm-up {stream.WarmUpEvents:N0} events, rejected {warmUp.Rejected:N0}{Why(warmUp)}");

        var tally = new BatchTally();
        stateWrites?.Reset();
        using var messages = new MessageTally();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        allocationTypes?.Start();
        var watch = Stopwatch.StartNew();
        await FeedAsync(stream.Measured, tally);
        watch.Stop();
        allocationTypes?.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var jitUsed = System.Runtime.JitInfo.GetCompilationTime() - jit;
        var run = new ThroughputRun(path, stream.MeasuredEvents, watch.Elapsed.TotalSeconds, cpuUsed.TotalSeconds, tally.Accepted, tally.Duplicates, tally.Rejected)
        {
            JitSeconds = jitUsed.TotalSeconds,
            AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated is var bytes and >= 0 ? bytes : null,
            GrainMessages = messages.Sent,
            GcPauseSeconds = (GC.GetTotalPauseDuration() - paused).TotalSeconds,
            Collections = GC.CollectionCount(0) - collections,
        };
        if (run.Accepted < run.Events / 2)
        {
            // A floor that already knew the events measures the duplicate check, not ingestion.
            throw new InvalidOperationException($"{path}: only {run.Accepted:N0} of {run.Events:N0} events accepted; the run does not measure ingestion: {run}");
        }

        log.WriteLine($"  {run}{Why(tally)}");
        if (stateWrites is not null)
        {
            log.WriteLine($"    {stateWrites.PerEvent(run.Events)}");
        }

        return run;
    }

    private static string Why(BatchTally tally) => tally.FirstRejection is { } why ? $" (first: {why})" : string.Empty;

    /// <summary>Feeds these batches in order, the clock following them.</summary>
    public async Task FeedAsync(IReadOnlyList<FloorEvent[]> batches, BatchTally tally)
    {
        var pending = new List<Task>(inFlight);
        foreach (var batch in batches)
        {
            clock.AdvanceTo(batch[^1].At);

            pending.Add(apply(batch, tally));
            if (pending.Count >= inFlight)
            {
                var done = await Task.WhenAny(pending);
                pending.Remove(done);
                await done;
            }
        }

        await Task.WhenAll(pending);
    }
}
