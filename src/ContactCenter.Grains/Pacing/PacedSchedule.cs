namespace ContactCenter.Grains.Pacing;

/// <summary>
/// The silo's one timer for its grains' <see cref="DelayedSelfCall"/>s. An agent asks for its
/// history flush every half minute it is busy, so on a large floor nearly every agent has one
/// waiting: a wait of its own (a delay task, its timer and its cancellation) cost about 700 bytes
/// an agent, an entry here costs a slot in one queue. The queue is ordered by when each request
/// falls due, and the timer is armed for the earliest.
/// </summary>
public sealed class PacedSchedule : IDisposable
{
    /// <summary>A timer is never armed for less, so a request due a moment from now does not spin.</summary>
    private static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(1);

    private readonly TimeProvider wallClock;
    private readonly Lock gate = new();
    private readonly PriorityQueue<DelayedSelfCall, long> waiting = new();
    private readonly ITimer timer;
    private long armedFor = long.MaxValue;
    private bool disposed;

    public PacedSchedule(TimeProvider wallClock)
    {
        this.wallClock = wallClock;
        // The timer's callbacks belong to no request: none of the creating grain's context rides along.
        using (ExecutionContext.SuppressFlow())
        {
            timer = wallClock.CreateTimer(static schedule => ((PacedSchedule)schedule!).SendDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Sends <paramref name="call"/> once <paramref name="delay"/> has passed.</summary>
    public void Add(DelayedSelfCall call, TimeSpan delay)
    {
        var due = Now() + (long)(delay.TotalSeconds * wallClock.TimestampFrequency);
        lock (gate)
        {
            if (disposed)
            {
                // The silo is shutting down: its grains are going, and so are their requests.
                return;
            }

            waiting.Enqueue(call, due);
            if (due < armedFor)
            {
                Arm(due, delay);
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            waiting.Clear();
            timer.Dispose();
        }
    }

    private void SendDue()
    {
        List<DelayedSelfCall> due = [];
        lock (gate)
        {
            var now = Now();
            while (waiting.TryPeek(out var call, out var at) && at <= now)
            {
                waiting.Dequeue();
                due.Add(call);
            }

            armedFor = long.MaxValue;
            if (!disposed && waiting.TryPeek(out _, out var next))
            {
                Arm(next, wallClock.GetElapsedTime(now, next));
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
    private long Now() => wallClock.GetTimestamp();

    private void Arm(long due, TimeSpan delay)
    {
        armedFor = due;
        timer.Change(delay < Shortest ? Shortest : delay, Timeout.InfiniteTimeSpan);
    }
}
