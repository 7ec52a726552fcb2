namespace ContactCenter.Contracts.Grains;

/// <summary>
/// Who runs a connector that must run once on the floor (the queue_log tail, the AMI session),
/// keyed by the connector's name. A holder renews its lease well before it ends; when a holder
/// dies, its lease runs out and the next process to ask takes over. The connector's checkpoint
/// lives here too, and only the current holder may move it, so a process that lost the lease
/// cannot write an old position over the new owner's.
/// </summary>
public interface IConnectorLeaseGrain : IGrainWithStringKey
{
    /// <summary>Takes the lease, or renews it for its holder, for <paramref name="duration"/>; says who holds it.</summary>
    Task<ConnectorLease> Acquire(string holder, TimeSpan duration);

    /// <summary>Gives the lease up at once (a process stopping), so another need not wait for it to run out.</summary>
    Task Release(string holder);

    [ReadOnly]
    ValueTask<string?> Checkpoint();

    /// <summary>Stores the checkpoint; false (nothing stored) when <paramref name="holder"/> does not hold the lease.</summary>
    Task<bool> SaveCheckpoint(string holder, string checkpoint);
}

/// <summary>The lease as it stands: whether the asker holds it, who does, until when, and its term (one more at each change of holder).</summary>
[GenerateSerializer, Immutable]
public sealed record ConnectorLease(bool Held, string? Holder, DateTimeOffset ExpiresAt, long Term);
