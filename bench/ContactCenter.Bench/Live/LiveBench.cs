using ContactCenter.Bench.Hosting;

namespace ContactCenter.Bench.Live;

/// <summary>Event-to-client latency, alert latency and hub fan-out.</summary>
public static class LiveBench
{
    public static Task<LiveFigures> RunAsync(BenchMode mode, TextWriter log, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"live benchmark not written yet ({mode}, {typeof(BenchHost).Name})");
}
