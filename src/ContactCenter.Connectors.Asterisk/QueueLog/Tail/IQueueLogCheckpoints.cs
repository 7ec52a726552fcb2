namespace ContactCenter.Connectors.Asterisk.QueueLog.Tail;

/// <summary>Where the tail keeps its checkpoint durably, so a restart or another process resumes from it.</summary>
public interface IQueueLogCheckpoints
{
    Task<QueueLogCheckpoint?> ReadAsync(CancellationToken cancellation);

    /// <summary>Stores the checkpoint; false when this process no longer owns the tail (another took over).</summary>
    Task<bool> SaveAsync(QueueLogCheckpoint checkpoint, CancellationToken cancellation);
}
