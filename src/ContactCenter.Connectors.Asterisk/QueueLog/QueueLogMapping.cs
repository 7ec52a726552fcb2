using ContactCenter.Contracts.Events;

namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>What one queue_log line means for the floor: events, a line counted and skipped, or a problem.</summary>
public sealed record QueueLogMapping(IReadOnlyList<FloorEvent> Events, bool Skipped, QueueLogProblem? Problem)
{
    public static QueueLogMapping Of(params FloorEvent[] events) => new(events, false, null);

    public static QueueLogMapping Skip() => new([], true, null);

    public static QueueLogMapping Refuse(QueueLogEntry entry, string field, string reason) => new([], false, new(entry.Line, field, reason));
}
