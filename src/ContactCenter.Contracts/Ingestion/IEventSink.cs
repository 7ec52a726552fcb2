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

    /// <summary>
    /// Applies events that happened a while ago and whose story goes on in the batches that follow
    /// (a simulated morning, a replayed log): counted as usual, but the subjects they touch raise
    /// no new alert until the catch-up has been quiet for a while, so a hold that ended at 09:02
    /// is not taken for a five-hour hold because its end is in the next batch.
    /// </summary>
    ValueTask<IngestResult> CatchUpAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default) =>
        IngestAsync(events, cancellationToken);
}
