using System.Diagnostics.Tracing;
using System.Globalization;

namespace ContactCenter.Bench.Throughput;

/// <summary>
/// What the process allocates, by type, from the runtime's allocation ticks (one sample about
/// every 100 KB, naming the type whose allocation crossed it): a share by bytes, without a
/// profiler. <c>--only grains</c> prints it for the timed runs.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const int AllocationTick = 10;
    private readonly Lock gate = new();
    private readonly Dictionary<string, long> bytesByType = new(StringComparer.Ordinal);
    private volatile bool counting;

    public void Start() => counting = true;

    public void Stop() => counting = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!counting || e.EventId != AllocationTick || e.Payload is null || e.PayloadNames is null)
        {
            return;
        }

        var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], CultureInfo.InvariantCulture) : 0;
        lock (gate)
        {
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>The types that took the most bytes, with their share of all sampled bytes.</summary>
    public string Top(int count)
    {
        lock (gate)
        {
            var all = Math.Max(1, bytesByType.Values.Sum());
            return string.Join(Environment.NewLine, bytesByType.OrderByDescending(p => p.Value).Take(count)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"    {100.0 * p.Value / all,5:0.0} %  {p.Key}")));
        }
    }
}
