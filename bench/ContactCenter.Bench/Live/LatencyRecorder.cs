using System.Collections.Concurrent;
using System.Diagnostics;
using HdrHistogram;

namespace ContactCenter.Bench.Live;

/// <summary>
/// Probes by id: when each was posted (or when its threshold was crossed), and every receipt by
/// any client. Latencies go into an HdrHistogram in microseconds; a probe no client saw in time is lost.
/// </summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, long> started = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Probe, int Client), bool> seen = new();
    private readonly LongHistogram histogram = new(TimeSpan.FromMinutes(1).Ticks / 10, 3);
    private readonly object gate = new();
    private long receipts;
    private long expected;

    private readonly ConcurrentDictionary<string, long> slowest = new(StringComparer.Ordinal);

    /// <summary>Each probe in the order it started: when, from the first, and its slowest receipt (ms).</summary>
    public IEnumerable<(string Probe, double StartedMs, double SlowestMs)> Probed()
    {
        var first = started.Values.DefaultIfEmpty(0).Min();
        return started.OrderBy(s => s.Value).Select(s => (s.Key, (s.Value - first) * 1000.0 / Stopwatch.Frequency, slowest.GetValueOrDefault(s.Key) / 1000.0));
    }

    public long Receipts => Interlocked.Read(ref receipts);

    public int Probes => started.Count;

    /// <summary>The probe's clock starts at <paramref name="timestamp"/> (a <see cref="Stopwatch"/> timestamp); <paramref name="audience"/> clients should see it.</summary>
    public void Start(string probe, long timestamp, int audience)
    {
        started[probe] = timestamp;
        Interlocked.Add(ref expected, audience);
    }

    public void Received(string probe, int client, long timestamp)
    {
        if (!started.TryGetValue(probe, out var from) || !seen.TryAdd((probe, client), true))
        {
            return;
        }

        var micros = Math.Max(0, (long)((timestamp - from) * 1_000_000.0 / Stopwatch.Frequency));
        slowest.AddOrUpdate(probe, micros, (_, old) => Math.Max(old, micros));
        lock (gate)
        {
            histogram.RecordValue(micros);
        }

        Interlocked.Increment(ref receipts);
    }

    public double PercentileMs(double percentile) => PercentileMs([this], percentile);

    /// <summary>A percentile over the receipts of several recorders together (the clients of several scopes).</summary>
    public static double PercentileMs(IEnumerable<LatencyRecorder> recorders, double percentile)
    {
        var all = new LongHistogram(TimeSpan.FromMinutes(1).Ticks / 10, 3);
        foreach (var recorder in recorders)
        {
            lock (recorder.gate)
            {
                all.Add(recorder.histogram);
            }
        }

        return all.TotalCount == 0 ? double.NaN : all.GetValueAtPercentile(percentile) / 1000.0;
    }

    /// <summary>Waits until every probe reached its audience, or the deadline passes; returns the receipts that never arrived.</summary>
    public async Task<long> LostAfterAsync(TimeSpan deadline)
    {
        var watch = Stopwatch.StartNew();
        while (Receipts < Interlocked.Read(ref expected) && watch.Elapsed < deadline)
        {
            await Task.Delay(25);
        }

        return Interlocked.Read(ref expected) - Receipts;
    }
}
