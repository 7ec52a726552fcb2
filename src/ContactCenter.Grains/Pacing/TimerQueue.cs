namespace ContactCenter.Grains.Pacing;

/// <summary>
/// One timer for many waits of a silo's grains: the waits sit in one queue ordered by when each
/// falls due, and the timer is armed for the earliest. A timer of each grain's own costs hundreds
/// of bytes a grain and dies with its activation; an entry here costs a slot in the queue.
/// The queue and <see cref="TimerDue"/> are guarded by <see cref="Gate"/>.
/// </summary>
public abstract class TimerQueue<TWait> : IDisposable
{
    protected TimerQueue(TimeProvider clock)
    {
        Clock = clock;
        // The timer's callbacks belong to no request: none of the creating grain's context rides along.
        using (ExecutionContext.SuppressFlow())
        {
            Timer = clock.CreateTimer(static queue => ((TimerQueue<TWait>)queue!).SendDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    protected TimeProvider Clock { get; }

    protected Lock Gate { get; } = new();

    protected PriorityQueue<TWait, long> Waiting { get; } = new();

    protected ITimer Timer { get; }

    /// <summary>The moment the timer is armed for, or <see cref="long.MaxValue"/>: none.</summary>
    protected long TimerDue { get; set; } = long.MaxValue;

    /// <summary>The silo is shutting down: its grains are going, and so are their waits.</summary>
    protected bool Disposed { get; private set; }

    public void Dispose()
    {
        lock (Gate)
        {
            Disposed = true;
            Waiting.Clear();
            Timer.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The timer fired: take out what is due, arm the timer for what is left, then send.</summary>
    protected abstract void SendDue();
}
