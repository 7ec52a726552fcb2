using System.Diagnostics.Metrics;
using ContactCenter.Dashboard.Live;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// The front end's view of the floor and the cluster, through OpenTelemetry: open hub
/// connections, live calls and logged-in agents, silos by membership status (dead ones are the
/// failovers), and requests answered 503 because the floor could not be reached. Events per
/// second are the rate of <c>contactcenter.events</c> (see <see cref="Api.IngestionMetrics"/>).
/// </summary>
public sealed class FloorMetrics
{
    public const string MeterName = "ContactCenter.Floor";

    private readonly Counter<long> unavailable;
    private IReadOnlyDictionary<string, int> silos = new Dictionary<string, int>();

    public FloorMetrics(IMeterFactory meters, FloorMirror mirror, LiveConnections connections)
    {
        var meter = meters.Create(MeterName);
        // Read from the connections the live push keeps anyway, not counted a second time.
        meter.CreateObservableUpDownCounter("contactcenter.hub.connections", () => (long)connections.Count, "{connection}", "SignalR connections open on this front end.");
        meter.CreateObservableCounter("contactcenter.hub.merged_deltas", () => connections.Merged, "{delta}", "Deltas merged for a connection still writing an earlier one: how often screens fall behind.");
        unavailable = meter.CreateCounter<long>("contactcenter.unavailable", "{response}", "Requests answered 503: the floor could not be reached (a failover, storage down).");
        meter.CreateObservableGauge("contactcenter.calls.active", () => mirror.Counts().Calls, "{call}", "Calls waiting, ringing or connected.");
        meter.CreateObservableGauge("contactcenter.agents.active", () => mirror.Counts().Agents, "{agent}", "Agents logged in.");
        meter.CreateObservableGauge(
            "contactcenter.silos",
            () => Volatile.Read(ref silos).Select(s => new Measurement<int>(s.Value, new KeyValuePair<string, object?>("status", s.Key))),
            "{silo}",
            "Silos the membership knows, by status, as of the last readiness probe; dead ones count failovers.");
    }

    public void Unavailable(string path) => unavailable.Add(1, new KeyValuePair<string, object?>("path", path));

    public void Silos(IReadOnlyDictionary<string, int> byStatus) => Volatile.Write(ref silos, byStatus);
}
