using ContactCenter.Grains.Recovery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// One timer per grain, armed for the exact next moment a threshold or lifecycle step falls due:
/// no ticking, no polling. Re-arming moves the one timer.
/// </summary>
public sealed class RuleTimer
{
    private static readonly TimeSpan MaxHop = TimeSpan.FromDays(7);
    private const int ResetAttempts = 3;
    private static readonly TimeSpan ResetSlack = TimeSpan.FromMilliseconds(50);

    private readonly Grain grain;
    private readonly TimeProvider clock;
    private readonly Func<Task> onDue;
    private IGrainTimer? timer;
    private DateTimeOffset? armedFor;
    private bool firing;

    public RuleTimer(Grain grain, TimeProvider clock, Func<Task> onDue)
    {
        if (grain is not IWakeGrain)
        {
            throw new ArgumentException($"{grain.GetType().Name} has a rule timer and must be an {nameof(IWakeGrain)}, so a failed turn can wake it again", nameof(grain));
        }

        this.grain = grain;
        this.clock = clock;
        this.onDue = onDue;
    }

    public DateTimeOffset? ArmedFor => armedFor;

    public void Arm(DateTimeOffset? at)
    {
        if (at == armedFor && (at is null || timer is not null))
        {
            return;
        }

        armedFor = at;
        if (at is not { } due)
        {
            timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        if (firing && timer is not null)
        {
            // Orleans defers a change made during the timer's own tick until the tick ends and then
            // counts the wait from there: a long tick (or a test moving the clock meanwhile) would
            // push the threshold late. A new timer counts from now.
            timer.Dispose();
            timer = null;
        }

        // The timer counts from when it is set, not from the reading its wait came from. If the
        // clock moved in between (a pause, or a test's clock advanced by another thread, which
        // once left an escalation waiting for a moment that never came), it is set again.
        for (var attempt = 0; attempt < ResetAttempts; attempt++)
        {
            var read = clock.GetUtcNow();
            Set(Wait(due, read));
            if (clock.GetUtcNow() - read <= ResetSlack)
            {
                return;
            }
        }
    }

    /// <summary>Orleans timers reach about 49 days; a farther moment is reached in hops (the callback re-judges and re-arms).</summary>
    private static TimeSpan Wait(DateTimeOffset due, DateTimeOffset now) =>
        due - now > MaxHop ? MaxHop : due < now ? TimeSpan.Zero : due - now;

    /// <summary>One timer per activation, moved rather than replaced: a subject re-arms on most events.</summary>
    private void Set(TimeSpan wait)
    {
        if (timer is null)
        {
            timer = grain.RegisterGrainTimer(
                _ => Fire(),
                new GrainTimerCreationOptions { DueTime = wait, Period = Timeout.InfiniteTimeSpan, KeepAlive = true });
        }
        else
        {
            timer.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task Fire()
    {
        armedFor = null;
        firing = true;
        try
        {
            await onDue();
        }
        catch (Exception e)
        {
            WakeAgainFromStorage(e);
            throw;
        }
        finally
        {
            firing = false;
        }
    }

    /// <summary>
    /// A timer's turn is nobody's request: no connector retries it, so a failure (storage or a
    /// grain it called briefly unreachable) would leave the threshold unjudged until the subject's
    /// next event. The activation goes (its memory may be ahead of storage) and the grain is woken
    /// again from storage after a pause on the wall clock; activating re-judges and re-arms.
    /// </summary>
    private void WakeAgainFromStorage(Exception failure)
    {
        var services = grain.GrainContext.ActivationServices;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger<RuleTimer>();
        var stopping = Hosting.HostStopping.From(services);
        var self = grain.AsReference<IWakeGrain>();
        var id = grain.GrainContext.GrainId;
        grain.GrainContext.Deactivate(new(DeactivationReasonCode.ApplicationError, "a rule timer's turn failed"));
        if (stopping.IsCancellationRequested)
        {
            // The silo is leaving: the turn failed because it is, and the wake walk brings the grain back elsewhere.
            log.LogInformation(failure, "A rule timer's turn failed on {Grain} while the host stops: it is left to the next wake walk", id);
            return;
        }

        log.LogWarning(failure, "A rule timer's turn failed on {Grain}: it is woken again from storage", id);
        _ = WakeAfterFailedTurn.RunAsync(async () => await self.Wake(), id, Domain.Time.WallClock.From(services), log, stopping);
    }
}
