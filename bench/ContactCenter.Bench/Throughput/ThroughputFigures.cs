using ContactCenter.Bench.Results;

namespace ContactCenter.Bench.Throughput;

/// <summary>Every timed pass of the three paths over one stream, and their medians.</summary>
public sealed record ThroughputFigures(
    FloorShape Shape,
    int WarmUpEvents,
    int MeasuredEvents,
    int ActiveCallsAtMeasureStart,
    int InFlightBatches,
    IReadOnlyList<ThroughputRun> Baseline,
    IReadOnlyList<ThroughputRun> Grains,
    IReadOnlyList<ThroughputRun> Http,
    IReadOnlyList<ThroughputRun> ClusterHttp)
{
    /// <summary>The HTTP path against a Redis-backed cluster; 0 when not run (smoke mode).</summary>
    public double ClusterHttpEventsPerSec => OfCluster(ContactCenter.Bench.Cluster.ClusterThroughputBench.ClusterPath, r => r.EventsPerSec);

    /// <summary>The cluster saturated by several connectors at once; 0 when not run.</summary>
    public double ClusterOverloadEventsPerSec => OfCluster(ContactCenter.Bench.Cluster.ClusterThroughputBench.OverloadPath, r => r.EventsPerSec);

    /// <summary>Votes to evict a silo logged while the cluster took the stream: a false suspicion, as no silo was harmed.</summary>
    public int ClusterSuspicions => ClusterHttp.Sum(r => r.Suspicions ?? 0);

    public double ClusterHttpCpuMicrosPerEvent => OfCluster(ContactCenter.Bench.Cluster.ClusterThroughputBench.ClusterPath, r => r.CpuMicrosPerEvent);

    private double OfCluster(string path, Func<ThroughputRun, double> figure)
    {
        var runs = ClusterHttp.Where(r => r.Path == path).ToList();
        return runs.Count == 0 ? 0 : Median.Of(runs.Select(figure));
    }

    /// <summary>The grain path with Orleans' dashboard on; empty when not run.</summary>
    public IReadOnlyList<ThroughputRun> OpsDashboard { get; init; } = [];

    /// <summary>CPU per event on the grain path with Orleans' dashboard on; 0 when not run.</summary>
    public double OpsDashboardCpuMicrosPerEvent => OpsDashboard.Count == 0 ? 0 : Median.Of(OpsDashboard.Select(r => r.CpuMicrosPerEvent));

    public double BaselineEventsPerSec => Median.Of(Baseline.Select(r => r.EventsPerSec));

    public double GrainEventsPerSec => Median.Of(Grains.Select(r => r.EventsPerSec));

    public double HttpEventsPerSec => Median.Of(Http.Select(r => r.EventsPerSec));

    public double BaselineCpuMicrosPerEvent => Median.Of(Baseline.Select(r => r.CpuMicrosPerEvent));

    public double GrainCpuMicrosPerEvent => Median.Of(Grains.Select(r => r.CpuMicrosPerEvent));

    public double HttpCpuMicrosPerEvent => Median.Of(Http.Select(r => r.CpuMicrosPerEvent));

    /// <summary>Bytes allocated per event on the grain path: a figure of the work, steady from run to run where the CPU is not.</summary>
    public double GrainAllocatedBytesPerEvent => Grains.Select(r => r.AllocatedBytesPerEvent).OfType<double>().ToList() is { Count: > 0 } measured ? Median.Of(measured) : 0;

    /// <summary>Messages within the silo per event on the grain path (requests, one-way calls, responses).</summary>
    public double GrainMessagesPerEvent => Median.Of(Grains.Select(r => r.GrainMessagesPerEvent));
}
