using ContactCenter.Connectors.Asterisk.QueueLog.Tail;

namespace ContactCenter.Dashboard.Connectors;

/// <summary>The queue_log tail's checkpoint kept in its connector's lease grain: durable, and moved only by the lease's holder.</summary>
public sealed class LeaseCheckpoints(ConnectorRun run) : IQueueLogCheckpoints
{
    public async Task<QueueLogCheckpoint?> ReadAsync(CancellationToken cancellation) =>
        QueueLogCheckpoint.Parse(await run.Lease.Checkpoint());

    public Task<bool> SaveAsync(QueueLogCheckpoint checkpoint, CancellationToken cancellation) =>
        run.Lease.SaveCheckpoint(run.Holder, checkpoint.Format());
}
