using System.Diagnostics;

namespace ContactCenter.Bench.Memory;

/// <summary>The managed heap and working set once the floor has settled: fully collected, and no longer moving.</summary>
public static class HeapProbe
{
    public static async Task<(long Heap, long WorkingSet)> SettledAsync(TimeSpan deadline)
    {
        // Writes and pushes follow a change by up to a second; the heap has settled when two readings agree.
        var watch = Stopwatch.StartNew();
        var previous = Collect();
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            var heap = Collect();
            if (Math.Abs(heap - previous) <= previous / 200 || watch.Elapsed > deadline)
            {
                using var process = Process.GetCurrentProcess();
                return (heap, process.WorkingSet64);
            }

            previous = heap;
        }
    }

    /// <summary>The live heap after full compacting collections.</summary>
    public static long Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
