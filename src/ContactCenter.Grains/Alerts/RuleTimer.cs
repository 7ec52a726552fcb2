namespace ContactCenter.Grains.Alerts;

/// <summary>
/// One timer per grain, armed for the exact next moment a threshold or lifecycle step falls due:
/// no ticking, no polling. Re-arming replaces the previous timer.
/// </summary>
public sealed class RuleTimer
{
    private static readonly TimeSpan MaxHop = TimeSpan.FromDays(7);

    private readonly Grain grain;
    private readonly TimeProvider clock;
    private readonly Func<Task> onDue;
    private IGrainTimer? timer;
    private DateTimeOffset? armedFor;

    public RuleTimer(Grain grain, TimeProvider clock, Func<Task> onDue)
    {
        this.grain = grain;
        this.clock = clock;
        this.onDue = onDue;
    }

    public DateTimeOffset? ArmedFor => armedFor;

    public void Arm(DateTimeOffset? at)
    {
        if (at == armedFor && timer is not null)
        {
            return;
        }

        timer?.Dispose();
        timer = null;
        armedFor = at;
        if (at is not { } due)
        {
            return;
        }

        // Orleans timers reach about 49 days; a farther moment is reached in hops (the callback re-judges and re-arms).
        var wait = due - clock.GetUtcNow();
        if (wait > MaxHop)
        {
            wait = MaxHop;
        }

        timer = grain.RegisterGrainTimer(
            _ => Fire(),
            new GrainTimerCreationOptions { DueTime = wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Period = Timeout.InfiniteTimeSpan, KeepAlive = true });
    }

    private Task Fire()
    {
        timer?.Dispose();
        timer = null;
        armedFor = null;
        return onDue();
    }
}
