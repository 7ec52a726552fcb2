using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Pacing;

/// <summary>
/// "Come back to me in a moment": however often it is asked, one request is sent once the delay
/// has passed on the wall clock, until the grain says it arrived. The wait holds no turn of the
/// grain, and the request is a message to the grain, so it never interleaves with another one.
/// </summary>
/// <param name="hostStopping">Whether the host is shutting down: a request that fails then (its silo has left the cluster) is expected, not news.</param>
public sealed class DelayedSelfCall(TimeSpan delay, TimeProvider wallClock, Func<Task> request, ILogger log, CancellationToken hostStopping = default)
{
    private readonly CancellationTokenSource stopping = new();
    private int pending;

    public void Ask()
    {
        if (Interlocked.Exchange(ref pending, 1) == 0)
        {
            _ = SendLaterAsync();
        }
    }

    /// <summary>The grain received the request: the next <see cref="Ask"/> starts a new wait.</summary>
    public void Arrived() => Volatile.Write(ref pending, 0);

    /// <summary>The activation is ending: no more requests.</summary>
    public void Stop() => stopping.Cancel();

    private async Task SendLaterAsync()
    {
        // The call comes later and on the grain's own account, not as part of the request that asked for it.
        RequestContext.Remove(Alerts.CatchUp.ContextKey);
        try
        {
            await Task.Delay(delay, wallClock, stopping.Token).ConfigureAwait(false);
            await request().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (SiloUnavailableException e)
        {
            // The silo is stopping: each activation finishes its work as it deactivates.
            Arrived();
            log.LogDebug(e, "Paced request not delivered: the silo is stopping");
        }
        catch (Exception e) when (hostStopping.IsCancellationRequested)
        {
            Arrived();
            log.LogDebug(e, "Paced request not delivered: the host is stopping");
        }
        catch (Exception e)
        {
            // The next change asks again.
            Arrived();
            log.LogWarning(e, "Paced request failed");
        }
    }
}
