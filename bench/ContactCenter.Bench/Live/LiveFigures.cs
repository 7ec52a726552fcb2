namespace ContactCenter.Bench.Live;

/// <summary>Event-to-client latency at one offered load (posted through the HTTP API, read by a .NET SignalR client).</summary>
public sealed record LatencyAtRate(
    int TargetEventsPerSec,
    double AchievedEventsPerSec,
    double P50Ms,
    double P99Ms,
    double P999Ms,
    long Samples,
    int Runs);

/// <summary>
/// What the live-push benchmarks measured: medians over runs of each run's percentiles. Fan-out is
/// measured on the "floor" scope (every row) and again, with the same clients and load, on the
/// TV "summary" scope (queue figures, waiting callers and alerts).
/// </summary>
public sealed record LiveFigures(
    IReadOnlyList<LatencyAtRate> EventToClient,
    double AlertP50Ms,
    double AlertP99Ms,
    long AlertSamples,
    int FanoutClients,
    int FanoutEventsPerSec,
    double FanoutMessagesPerSec,
    double FanoutP50Ms,
    double FanoutP99Ms,
    double FanoutP999Ms,
    int FanoutRuns,
    int Runs,
    double FanoutSummaryMessagesPerSec = 0,
    double FanoutSummaryP50Ms = 0,
    double FanoutSummaryP99Ms = 0);
