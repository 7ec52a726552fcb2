namespace ContactCenter.Grains.Pacing;

/// <summary>
/// The silo's one timer for its grains' <see cref="DelayedSelfCall"/>s. An agent asks for its
/// history flush every half minute it is busy, so on a large floor nearly every agent has one
/// waiting: a wait of its own (a delay task, its timer and its cancellation) cost about 700 bytes
/// an agent, an entry here costs a slot in one queue. The queue is ordered by when each request
/// falls due, and the timer is armed for the earliest.
/// </summary>
public sealed class PacedSchedule(TimeProvider wallClock) : TimerQueue<DelayedSelfCall>(wallClock)
{
    /// <summary>A timer is never armed for less, so a request due a moment from now does not spin.</summary>
    private static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(1);

    /// <summary>Sends <paramref name="call"/> once <paramref name="delay"/> has passed.</summary>
    public void Add(DelayedSelfCall call, TimeSpan delay)
    {
        var due = Now() + (long)(delay.TotalSeconds * Clock.TimestampFrequency);
        lock (Gate)
        {
            if (Disposed)
            {
                // The silo is shutting down: its grains are going, and so are their requests.
                return;
            }

            Waiting.Enqueue(call, due);
            if (due < TimerDue)
            {
                Arm(due, delay);
            }
        }
    }

    protected override void SendDue()
    {
        List<DelayedSelfCall> due = [];
        lock (Gate)
        {
            var now = Now();
            while (Waiting.TryPeek(out var call, out var at) && at <= now)
            {
                Waiting.Dequeue();
                due.Add(call);
            }

            TimerDue = long.MaxValue;
            if (!Disposed && Waiting.TryPeek(out _, out var next))
            {
                Arm(next, Clock.GetElapsedTime(now, next));
            }
        }

        foreach (var call in due)
        {
            call.Send();
        }
    }

    /// <summary>
    /// The monotonic timestamp, not the time of day: a clock set back an hour (a correction, a
    /// resumed virtual machine) must not hold every push and flush back an hour with it.
    /// </summary>
    private long Now() => Clock.GetTimestamp();

    private void Arm(long due, TimeSpan delay)
    {
        TimerDue = due;
        Timer.Change(delay < Shortest ? Shortest : delay, Timeout.InfiniteTimeSpan);
    }
}
