using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Persistence;

/// <summary>
/// Writes a grain's state a short while after it first changes, not on every event: the hot
/// path stays free of storage calls, and a burst of events costs one write. The delay runs on
/// the wall clock (<see cref="Clock"/>), not the floor's: it paces the load on storage, which a
/// replay running faster than real time must not multiply. When it elapses the grain receives
/// a flush message like any other request. State is also written when the activation ends.
/// </summary>
public sealed class WriteBehind<T>(IPersistentState<T> state, TimeSpan delay, TimeProvider clock, Func<Task> requestFlush, ILogger log)
{
    private readonly CancellationTokenSource stopping = new();
    private int pending;
    private bool dirty;

    public void MarkDirty()
    {
        dirty = true;
        if (Interlocked.Exchange(ref pending, 1) == 0)
        {
            _ = RequestFlushLaterAsync();
        }
    }

    public async Task FlushAsync()
    {
        Volatile.Write(ref pending, 0);
        if (!dirty)
        {
            return;
        }

        dirty = false;
        await state.WriteStateAsync();
    }

    /// <summary>The activation is ending (its state is flushed there): no later flush message.</summary>
    public void Stop() => stopping.Cancel();

    private async Task RequestFlushLaterAsync()
    {
        try
        {
            // Off the grain's scheduler: the wait holds no turn, and the flush comes back as a message.
            await Task.Delay(delay, clock, stopping.Token).ConfigureAwait(false);
            await requestFlush().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (SiloUnavailableException e)
        {
            // The silo is stopping: each activation writes its state as it deactivates.
            Volatile.Write(ref pending, 0);
            log.LogDebug(e, "Write-behind flush request not delivered: the silo is stopping");
        }
        catch (Exception e)
        {
            // The next change asks again; until then the state waits for the next change or for deactivation.
            Volatile.Write(ref pending, 0);
            log.LogWarning(e, "Write-behind flush request failed");
        }
    }
}

/// <summary>The keyed <see cref="TimeProvider"/> that times write-behind: the system clock unless a host says otherwise.</summary>
public static class WriteBehindClock
{
    public const string Key = "write-behind";
}
