namespace ContactCenter.Grains.Persistence;

/// <summary>
/// Writes a grain's state a short while after it first changes, not on every event: the hot
/// path stays free of storage calls, and a burst of events costs one write. State is also
/// written when the activation is deactivated.
/// </summary>
public sealed class WriteBehind<T>
{
    private readonly Grain grain;
    private readonly IPersistentState<T> state;
    private readonly TimeSpan delay;
    private IGrainTimer? timer;
    private bool dirty;

    public WriteBehind(Grain grain, IPersistentState<T> state, TimeSpan delay)
    {
        this.grain = grain;
        this.state = state;
        this.delay = delay;
    }

    public void MarkDirty()
    {
        dirty = true;
        timer ??= grain.RegisterGrainTimer(
            _ => FlushAsync(),
            new GrainTimerCreationOptions { DueTime = delay, Period = Timeout.InfiniteTimeSpan, KeepAlive = true });
    }

    public async Task FlushAsync()
    {
        timer?.Dispose();
        timer = null;
        if (!dirty)
        {
            return;
        }

        dirty = false;
        await state.WriteStateAsync();
    }
}
