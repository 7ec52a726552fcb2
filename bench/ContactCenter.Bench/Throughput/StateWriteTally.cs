using System.Diagnostics.Metrics;
using ContactCenter.Hosting.Storage;

namespace ContactCenter.Bench.Throughput;

/// <summary>
/// Grain-state writes and their bytes, by state name, read from the store's own counters: unlike
/// CPU time, they do not move with the JIT or the machine, so a change to what grains persist
/// shows in them exactly.
/// </summary>
public sealed class StateWriteTally : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly Lock gate = new();
    private readonly Dictionary<string, (long Writes, long Bytes)> byState = new(StringComparer.Ordinal);

    public StateWriteTally()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SqliteGrainStorage.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var state = tags.Length > 0 ? tags[0].Value as string ?? "?" : "?";
            var isWrite = instrument.Name == "contactcenter.grain_state.writes";
            lock (gate)
            {
                var (writes, bytes) = byState.GetValueOrDefault(state);
                byState[state] = isWrite ? (writes + value, bytes) : (writes, bytes + value);
            }
        });
        listener.Start();
    }

    public void Reset()
    {
        lock (gate)
        {
            byState.Clear();
        }
    }

    /// <summary>Per event: writes and bytes in all, then each kind of state, most bytes first.</summary>
    public string PerEvent(int events)
    {
        lock (gate)
        {
            var writes = byState.Values.Sum(s => s.Writes);
            var bytes = byState.Values.Sum(s => s.Bytes);
            var kinds = byState.OrderByDescending(s => s.Value.Bytes)
                .Select(s => $"{s.Key} {(double)s.Value.Writes / events:0.00} × {(s.Value.Writes == 0 ? 0 : s.Value.Bytes / s.Value.Writes):N0} B");
            return $"{(double)writes / events:0.00} state writes and {(double)bytes / events:N0} B of state per event ({string.Join(", ", kinds)})";
        }
    }

    public void Dispose() => listener.Dispose();
}
