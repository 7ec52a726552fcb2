using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Configuration;
using ContactCenter.Grains.Persistence;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Connectors;

/// <summary>
/// One connector's lease and checkpoint, written through: a silo that dies takes neither with it,
/// and the holder it names keeps the lease until it runs out. Leases run on the wall clock (they
/// are about processes being alive, not about the floor's time).
/// </summary>
public sealed partial class ConnectorLeaseGrain(
    [PersistentState("connector-lease", FloorStorage.Name)] IPersistentState<ConnectorLeaseState> state,
    FloorSettings settings,
    TimeProvider clock,
    ILogger<ConnectorLeaseGrain> log) : DurableGrain<ConnectorLeaseState>(state, settings, clock), IConnectorLeaseGrain
{
    public static readonly TimeSpan LongestLease = TimeSpan.FromMinutes(5);

    public Task<ConnectorLease> Acquire(string holder, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        if (duration <= TimeSpan.Zero || duration > LongestLease)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"a lease lasts more than zero and at most {LongestLease}");
        }

        var now = WallClock.GetUtcNow();
        if (State.Holder == holder || State.Holder is null || State.ExpiresAt <= now)
        {
            if (State.Holder != holder)
            {
                LogTaken(log, this.GetPrimaryKeyString(), holder, State.Holder, State.Term + 1);
                State.Holder = holder;
                State.Term++;
            }

            State.ExpiresAt = now + duration;
            MarkDirty();
        }

        return Task.FromResult(new ConnectorLease(State.Holder == holder, State.Holder, State.ExpiresAt, State.Term));
    }

    public Task Release(string holder)
    {
        if (State.Holder == holder)
        {
            LogReleased(log, this.GetPrimaryKeyString(), holder);
            State.Holder = null;
            State.ExpiresAt = WallClock.GetUtcNow();
            MarkDirty();
        }

        return Task.CompletedTask;
    }

    public ValueTask<string?> Checkpoint() => ValueTask.FromResult(State.Checkpoint);

    public Task<bool> SaveCheckpoint(string holder, string checkpoint)
    {
        if (State.Holder != holder || State.ExpiresAt <= WallClock.GetUtcNow())
        {
            return Task.FromResult(false);
        }

        if (State.Checkpoint != checkpoint)
        {
            State.Checkpoint = checkpoint;
            MarkDirty();
        }

        return Task.FromResult(true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Connector} now runs in {Holder} (before: {Previous}), term {Term}")]
    private static partial void LogTaken(ILogger logger, string connector, string holder, string? previous, long term);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Connector} released by {Holder}")]
    private static partial void LogReleased(ILogger logger, string connector, string holder);
}
