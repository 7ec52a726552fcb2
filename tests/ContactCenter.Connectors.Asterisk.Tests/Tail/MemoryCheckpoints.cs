using ContactCenter.Connectors.Asterisk.QueueLog.Tail;

namespace ContactCenter.Connectors.Asterisk.Tests.Tail;

/// <summary>A checkpoint store that outlives the tails of a test, as the lease grain outlives a process.</summary>
internal sealed class MemoryCheckpoints : IQueueLogCheckpoints
{
    /// <summary>The checkpoint as stored; a test may change it as another machine or file system would see it.</summary>
    public QueueLogCheckpoint? Saved { get; set; }

    public int Saves { get; private set; }

    /// <summary>When false, saves are refused as for a process that lost the tail's lease.</summary>
    public bool Owned { get; set; } = true;

    public Task<QueueLogCheckpoint?> ReadAsync(CancellationToken cancellation) => Task.FromResult(Saved);

    public Task<bool> SaveAsync(QueueLogCheckpoint checkpoint, CancellationToken cancellation)
    {
        if (Owned)
        {
            Saved = checkpoint;
            Saves++;
        }

        return Task.FromResult(Owned);
    }
}
