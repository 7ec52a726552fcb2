namespace ContactCenter.Grains.Alerts;

/// <summary>
/// One timer per grain, armed for the exact next moment a threshold or lifecycle step falls due:
/// no ticking, no polling. Re-arming moves the one timer.
/// </summary>
public sealed class RuleTimer
{
    private static readonly TimeSpan MaxHop = TimeSpan.FromDays(7);

    private readonly Grain grain;
    private readonly TimeProvider clock;
    private readonly Func<Task> onDue;
    private IGrainTimer? timer;
    private DateTimeOffset? armedFor;
    private bool firing;

    public RuleTimer(Grain grain, TimeProvider clock, Func<Task> onDue)
    {
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

        // Orleans timers reach about 49 days; a farther moment is reached in hops (the callback re-judges and re-arms).
        var wait = due - clock.GetUtcNow();
        if (wait > MaxHop)
        {
            wait = MaxHop;
        }

        if (wait < TimeSpan.Zero)
        {
            wait = TimeSpan.Zero;
        }

        if (firing && timer is not null)
        {
            // Orleans defers a change made during the timer's own tick until the tick ends and then
            // counts the wait from there: a long tick (or a test moving the clock meanwhile) would
            // push the threshold late. A new timer counts from now.
            timer.Dispose();
            timer = null;
        }

        // One timer per activation, moved rather than replaced: a subject re-arms on most events.
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
        finally
        {
            firing = false;
        }
    }
}
