using System.Diagnostics.Metrics;
using ContactCenter.Hosting.Storage;

namespace ContactCenter.Bench.Throughput;

/// <summary>
/// Grain-state writes and their bytes, read from the store's own counters: unlike CPU time, they
/// do not move with the JIT or the machine, so a change to what grains persist shows in them exactly.
/// </summary>
public sealed class StateWriteTally : IDisposable
{
    private readonly MeterListener listener = new();
    private long writes;
    private long bytes;

    public StateWriteTally()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SqliteGrainStorage.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "contactcenter.grain_state.writes")
            {
                Interlocked.Add(ref writes, value);
            }
            else
            {
                Interlocked.Add(ref bytes, value);
            }
        });
        listener.Start();
    }

    public void Reset()
    {
        Interlocked.Exchange(ref writes, 0);
        Interlocked.Exchange(ref bytes, 0);
    }

    public string PerEvent(int events) =>
        $"{(double)Interlocked.Read(ref writes) / events:0.00} state writes and {(double)Interlocked.Read(ref bytes) / events:N0} B of state per event";

    public void Dispose() => listener.Dispose();
}
