using ContactCenter.Bench.Hosting;

namespace ContactCenter.Bench.Memory;

/// <summary>Heap and working set per active call grain and per agent grain.</summary>
public static class MemoryBench
{
    public static Task<MemoryFigures> RunAsync(BenchMode mode, TextWriter log, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"memory benchmark not written yet ({mode}, {typeof(BenchHost).Name})");
}
