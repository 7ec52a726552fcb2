using ContactCenter.Bench.Live;
using ContactCenter.Bench.Memory;
using ContactCenter.Bench.Screens;
using ContactCenter.Bench.Soak;
using ContactCenter.Bench.Throughput;

namespace ContactCenter.Bench.Results;

/// <summary>One run of the benchmark program: the headline figures the issue names, and every detail behind them.</summary>
public sealed record BenchResults(
    string Mode,
    DateTimeOffset MeasuredAt,
    double DurationSeconds,
    MachineInfo Machine,
    string Commit,
    double GrainEventsPerSec,
    double HttpEventsPerSec,
    double BaselineEventsPerSec,
    double GrainToBaselineRatio,
    double HttpToBaselineRatio,
    double GrainCpuMicrosPerEvent,
    double HttpCpuMicrosPerEvent,
    double BaselineCpuMicrosPerEvent,
    int EventToClientAtEventsPerSec,
    double EventToClientP50Ms,
    double EventToClientP99Ms,
    double EventToClientP999Ms,
    double AlertToClientP50Ms,
    double AlertToClientP99Ms,
    int FanoutClients,
    double FanoutMessagesPerSec,
    double FanoutP99Ms,
    int MemoryGrains,
    double BytesPerCallGrain,
    double BytesPerAgentGrain,
    ThroughputFigures Throughput,
    LiveFigures Live,
    MemoryFigures Memory,
    double ClusterHttpEventsPerSec = 0,
    double ClusterHttpCpuMicrosPerEvent = 0,
    int ClusterSuspicions = 0,
    double ClusterOverloadEventsPerSec = 0,
    double SoakHeapGrowthBytesPerHour = 0,
    SoakFigures? Soak = null,
    int FanoutEventsPerSec = 0,
    int AgentClients = 0,
    double AgentClientP99Ms = 0,
    double BytesPerConnection = 0,
    double HttpToGrainRatio = 0,
    double GrainOpsDashboardCpuMicrosPerEvent = 0,
    double GrainAllocatedBytesPerEvent = 0,
    double GrainMessagesPerEvent = 0)
{
    /// <summary>The agent page as agents have it (rendered per request, one hub connection), measured in chromium.</summary>
    public AgentPageFigures AgentPages { get; init; } = AgentPageFigures.NotRun;

    /// <summary>Heap per open agent page, the front end's share (compare <see cref="BytesPerConnection"/>, a bare hub client's).</summary>
    public double BytesPerAgentPage => Math.Round(AgentPages.HeapBytesPerPage);

    /// <summary>The latency target is stated at 10,000 events/s: report that load, or the nearest one measured below it.</summary>
    public static LatencyAtRate Headline(LiveFigures live) =>
        live.EventToClient.Where(r => r.TargetEventsPerSec <= 10_000).MaxBy(r => r.TargetEventsPerSec)
        ?? live.EventToClient.MinBy(r => r.TargetEventsPerSec)!;

    /// <param name="commit">The commit as the run started (<see cref="MachineInfo.Commit"/>): what the binaries were built from, whatever is edited while it runs.</param>
    public static BenchResults From(BenchMode mode, DateTimeOffset at, TimeSpan duration, string commit, ThroughputFigures throughput, LiveFigures live, MemoryFigures memory, SoakFigures soak)
    {
        var latency = Headline(live);
        var largest = memory.Scales.MaxBy(s => s.Grains)!;
        return new BenchResults(
            mode.ToString().ToLowerInvariant(),
            at,
            Math.Round(duration.TotalSeconds, 1),
            MachineInfo.Current(),
            commit,
            throughput.GrainEventsPerSec,
            throughput.HttpEventsPerSec,
            throughput.BaselineEventsPerSec,
            throughput.GrainEventsPerSec / throughput.BaselineEventsPerSec,
            throughput.HttpEventsPerSec / throughput.BaselineEventsPerSec,
            throughput.GrainCpuMicrosPerEvent,
            throughput.HttpCpuMicrosPerEvent,
            throughput.BaselineCpuMicrosPerEvent,
            latency.TargetEventsPerSec,
            latency.P50Ms,
            latency.P99Ms,
            latency.P999Ms,
            live.AlertP50Ms,
            live.AlertP99Ms,
            live.FanoutClients,
            live.FanoutMessagesPerSec,
            live.FanoutP99Ms,
            largest.Grains,
            largest.HeapBytesPerCallGrain,
            largest.HeapBytesPerAgentGrain,
            throughput,
            live,
            memory,
            throughput.ClusterHttpEventsPerSec,
            throughput.ClusterHttpCpuMicrosPerEvent,
            throughput.ClusterSuspicions,
            throughput.ClusterOverloadEventsPerSec,
            Math.Round(soak.HeapGrowthBytesPerHour),
            soak,
            live.FanoutEventsPerSec,
            live.AgentClients,
            live.AgentClientP99Ms,
            Math.Round(live.Connections.Server),
            throughput.HttpEventsPerSec / throughput.GrainEventsPerSec,
            throughput.OpsDashboardCpuMicrosPerEvent,
            Math.Round(throughput.GrainAllocatedBytesPerEvent),
            Math.Round(throughput.GrainMessagesPerEvent, 2));
    }
}
