namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// Re-renders a component at the moment a running clock crosses its next threshold (a wait turning
/// amber at 20 s), like the grains' one timer per subject: no polling, and no push is needed for it.
/// </summary>
public sealed class ThresholdAlarm(TimeProvider clock, Func<Task> ring) : IDisposable
{
    private ITimer? timer;
    private DateTimeOffset? armedFor;

    /// <summary>Arms for <paramref name="at"/> (null: disarm); re-arming for the same moment keeps the timer.</summary>
    public void ArmFor(DateTimeOffset? at)
    {
        if (at == armedFor)
        {
            return;
        }

        timer?.Dispose();
        timer = null;
        armedFor = at;
        if (at is { } moment)
        {
            var due = moment - clock.GetUtcNow();
            timer = clock.CreateTimer(_ => _ = ring(), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        timer?.Dispose();
        timer = null;
    }
}
