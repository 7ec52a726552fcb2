using System.Diagnostics.Metrics;

namespace ContactCenter.Bench.Throughput;

/// <summary>
/// Messages Orleans sent within the silo (grain calls, one-way calls and their responses) while
/// this tally lived, read from its own counter. Like the state writes, it does not move with the
/// JIT or the machine's speed, so a change to how many grain turns an event costs shows in it exactly.
/// </summary>
public sealed class MessageTally : IDisposable
{
    private const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>An observable counter: each reading is the silo's total since it started.</summary>
    private const string LocalMessages = "orleans-messaging-sent-local";

    private readonly MeterListener listener = new();
    private readonly long first;
    private long total;

    public MessageTally()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == OrleansMeter && instrument.Name == LocalMessages)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => total += value);
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => total += value);
        listener.Start();
        first = Read();
    }

    /// <summary>Messages sent since this tally began.</summary>
    public long Sent => Read() - first;

    /// <summary>The sum over every silo in the process (one here), each reporting its own total.</summary>
    private long Read()
    {
        total = 0;
        listener.RecordObservableInstruments();
        return total;
    }

    public void Dispose() => listener.Dispose();
}
