using System.Diagnostics.Metrics;

namespace ContactCenter.Dashboard.Api;

/// <summary>The event API's counters, exported through OpenTelemetry beside the Orleans meters.</summary>
public sealed class IngestionMetrics
{
    public const string MeterName = "ContactCenter.Ingestion";

    private readonly Counter<long> events;
    private readonly Counter<long> refusedBatches;

    public IngestionMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        events = meter.CreateCounter<long>("contactcenter.events", unit: "{event}", description: "Events posted to the event API, by outcome.");
        refusedBatches = meter.CreateCounter<long>("contactcenter.batches.refused", unit: "{batch}", description: "Batches refused whole, by HTTP status.");
    }

    public void Record(int accepted, int duplicates, int rejected)
    {
        events.Add(accepted, new KeyValuePair<string, object?>("outcome", "accepted"));
        events.Add(duplicates, new KeyValuePair<string, object?>("outcome", "duplicate"));
        events.Add(rejected, new KeyValuePair<string, object?>("outcome", "rejected"));
    }

    public void RecordRefusedBatch(int status) => refusedBatches.Add(1, new KeyValuePair<string, object?>("status", status));
}
