using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Pacing;

/// <summary>
/// "Come back to me in a moment": however often it is asked, one request is sent once the delay
/// has passed on the wall clock, until the grain says it arrived. The wait holds no turn of the
/// grain, and the request is a message to the grain, so it never interleaves with another one.
/// The waits of a silo's grains share its <see cref="PacedSchedule"/>.
/// </summary>
/// <param name="hostStopping">Whether the host is shutting down: a request that fails then (its silo has left the cluster) is expected, not news.</param>
public sealed class DelayedSelfCall(TimeSpan delay, PacedSchedule schedule, Func<Task> request, ILogger log, CancellationToken hostStopping = default)
{
    private int pending;
    private volatile bool stopped;

    public void Ask()
    {
        if (Interlocked.Exchange(ref pending, 1) == 0)
        {
            schedule.Add(this, delay);
        }
    }

    /// <summary>The grain received the request: the next <see cref="Ask"/> starts a new wait.</summary>
    public void Arrived() => Volatile.Write(ref pending, 0);

    /// <summary>The activation is ending: no more requests.</summary>
    public void Stop() => stopped = true;

    /// <summary>The delay has passed: the schedule hands the request on.</summary>
    internal void Send()
    {
        if (!stopped)
        {
            _ = SendAsync();
        }
    }

    private async Task SendAsync()
    {
        // The call comes later and on the grain's own account, not as part of the request that asked for it.
        RequestContext.Remove(Alerts.CatchUp.ContextKey);
        try
        {
            await request().ConfigureAwait(false);
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
