using ContactCenter.Contracts.Events;

namespace ContactCenter.Contracts.Ingestion;

/// <summary>
/// Where validated events go: the one path that the HTTP API, connectors and the simulator share.
/// Events of one call or agent are applied in time order; each gets a verdict.
/// </summary>
public interface IEventSink
{
    /// <summary>Applies the events; rejections carry the index of the event in <paramref name="events"/>.</summary>
    ValueTask<IngestResult> IngestAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default);
}
