namespace ContactCenter.Bench.Throughput;

/// <summary>One timed pass of the measured stream through one path.</summary>
public sealed record ThroughputRun(
    string Path,
    int Events,
    double Seconds,
    double CpuSeconds,
    int Accepted,
    int Duplicates,
    int Rejected,
    int? Suspicions = null)
{
    public double EventsPerSec => Events / Seconds;

    /// <summary>
    /// Of <see cref="CpuSeconds"/>, the JIT's: compiling new methods and recompiling hot ones at
    /// a higher tier. It is the price of a young process, not of an event.
    /// </summary>
    public double? JitSeconds { get; init; }

    /// <summary>
    /// Bytes the whole process allocated during the run. With <see cref="GrainMessages"/> and the
    /// state writes, a figure that moves with the work an event costs, not with the machine's hour:
    /// the CPU figure of one build has read anywhere from 250 to 350 µs an event within a morning.
    /// </summary>
    /// <remarks>
    /// None when the runtime's total went backwards during the run, as it did once in about
    /// twenty runs (seen as −287 KB an event): the collector's dynamic adaptation had let a heap go.
    /// </remarks>
    public long? AllocatedBytes { get; init; }

    /// <summary>Messages Orleans sent within the silo during the run: requests, one-way calls and responses.</summary>
    public long? GrainMessages { get; init; }

    /// <summary>Time the collector held every thread during the run, and the collections it made (every generation counts in the first).</summary>
    public double? GcPauseSeconds { get; init; }

    public int? Collections { get; init; }

    public double? AllocatedBytesPerEvent => AllocatedBytes / (double)Events;

    public double GrainMessagesPerEvent => (GrainMessages ?? 0) / (double)Events;

    /// <summary>Processor time of the whole process (server, feeder and client alike) per event.</summary>
    public double CpuMicrosPerEvent => CpuSeconds * 1e6 / Events;

    public override string ToString() =>
        $"{Path}: {Events:N0} events in {Seconds:0.00} s = {EventsPerSec:N0} events/s, {CpuMicrosPerEvent:0.0} µs CPU/event, " +
        $"accepted {Accepted:N0}, duplicates {Duplicates:N0}, rejected {Rejected:N0}" +
        (JitSeconds is { } jit ? $", JIT {jit * 1e6 / Events:0.0} µs/event" : "") +
        (AllocatedBytesPerEvent is { } allocated ? $", {allocated / 1024:0.0} KB allocated/event" : "") +
        (GrainMessages is not null ? $", {GrainMessagesPerEvent:0.0} grain messages/event" : "") +
        (GcPauseSeconds is { } pause ? $", collector's pauses {pause * 1e6 / Events:0.0} µs/event over {Collections} collections" : "") +
        (Suspicions is { } votes ? $", silos voted to evict another {votes} time(s)" : "");
}
