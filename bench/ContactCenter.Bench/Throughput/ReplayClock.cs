namespace ContactCenter.Bench.Throughput;

/// <summary>
/// The floor's clock while a recorded stream is replayed faster than real time: it reads the
/// time the replay has reached, and fires the grains' timers as the replay passes their due
/// times. FakeTimeProvider does the same for tests but scans every timer under one lock on each
/// move, which tens of thousands of grain timers turn into the bottleneck; this keeps them in a
/// priority queue, so a move costs only the timers that fall due.
/// </summary>
public sealed class ReplayClock(DateTimeOffset start) : TimeProvider
{
    private readonly object gate = new();
    private readonly PriorityQueue<(ReplayTimer Timer, long Version), long> due = new();
    private long nowTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Volatile.Read(ref nowTicks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Volatile.Read(ref nowTicks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ReplayTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward (never back) and runs every timer that falls due on the way, in due order.</summary>
    public void AdvanceTo(DateTimeOffset to)
    {
        while (true)
        {
            (ReplayTimer Timer, long Version) next;
            lock (gate)
            {
                if (to.UtcTicks > nowTicks && !(due.TryPeek(out _, out var first) && first <= to.UtcTicks))
                {
                    Volatile.Write(ref nowTicks, to.UtcTicks);
                }

                if (!due.TryPeek(out next, out var at) || at > to.UtcTicks)
                {
                    return;
                }

                due.Dequeue();
                if (at > nowTicks)
                {
                    Volatile.Write(ref nowTicks, at);
                }
            }

            next.Timer.Fire(next.Version);
        }
    }

    private void Schedule(ReplayTimer timer, long version, TimeSpan dueTime)
    {
        if (dueTime <= TimeSpan.Zero)
        {
            // Due now: as a system timer would, run it on the thread pool rather than on the caller's stack.
            ThreadPool.UnsafeQueueUserWorkItem(t => t.Timer.Fire(t.Version), (Timer: timer, Version: version), preferLocal: false);
            return;
        }

        lock (gate)
        {
            due.Enqueue((timer, version), nowTicks + dueTime.Ticks);
        }
    }

    private sealed class ReplayTimer(ReplayClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimerCallback? callback = callback;
        private object? state = state;
        private long version;
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var current = Interlocked.Increment(ref version);
            this.period = period;
            if (dueTime != Timeout.InfiniteTimeSpan && callback is not null)
            {
                clock.Schedule(this, current, dueTime);
            }

            return true;
        }

        /// <summary>Runs the callback unless the timer was changed or disposed since this firing was scheduled.</summary>
        public void Fire(long scheduled)
        {
            if (Volatile.Read(ref version) != scheduled || callback is not { } run)
            {
                return;
            }

            if (period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
            {
                clock.Schedule(this, scheduled, period);
            }

            run(state);
        }

        /// <summary>
        /// Stale entries stay queued until their time comes: letting go of the callback here keeps
        /// them from holding a deactivated grain (and everything it references) until then.
        /// </summary>
        public void Dispose()
        {
            Interlocked.Increment(ref version);
            callback = null;
            state = null;
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
