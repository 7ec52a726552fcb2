namespace ContactCenter.Domain.Queues;

/// <summary>The raw counts of one queue in one 15-minute interval; figures are derived from sums of these.</summary>
[GenerateSerializer]
public sealed class QueueIntervalCounts
{
    [Id(0)] public int Offered { get; set; }
    [Id(1)] public int Answered { get; set; }
    [Id(2)] public int Abandoned { get; set; }
    [Id(3)] public int ShortAbandoned { get; set; }
    [Id(4)] public int AnsweredWithinThreshold { get; set; }
    [Id(5)] public int AbandonedAfterThreshold { get; set; }
    [Id(6)] public int Completed { get; set; }
    [Id(7)] public int Dialed { get; set; }
    [Id(10)] public int Handled { get; set; }
    [Id(11)] public int TransferredIn { get; set; }
    [Id(12)] public int TransferredOut { get; set; }
    [Id(15)] public int Overflowed { get; set; }
    [Id(16)] public int Blocked { get; set; }

    /// <summary>
    /// Durations are summed in whole ticks: integer sums do not depend on the order calls arrive
    /// in, so the same events give the same figures however a cluster interleaves them (double
    /// sums would differ in the last digit).
    /// </summary>
    [Id(13)] public long WaitTicks { get; set; }
    [Id(14)] public long HandleTicks { get; set; }

    /// <summary>The waits of callers who abandoned (short abandons aside), for the average time to abandon.</summary>
    [Id(17)] public long AbandonWaitTicks { get; set; }

    /// <summary>
    /// The longest counted waits (answered, abandoned, overflowed), longest first, at most
    /// <see cref="LongestKept"/>. A maximum cannot be uncounted like a sum: keeping the runners-up
    /// lets a corrected event retract the longest and leave the next as the exact maximum (only
    /// more than three retractions of an interval's longest waits could lose it).
    /// </summary>
    [Id(18)] public long[]? LongestWaitTicks { get; set; }

    public const int LongestKept = 3;

    public long? MaxWaitTicks => LongestWaitTicks is { Length: > 0 } longest ? longest[0] : null;

    public double WaitSeconds => (double)WaitTicks / TimeSpan.TicksPerSecond;

    public double HandleSeconds => (double)HandleTicks / TimeSpan.TicksPerSecond;

    public static long Ticks(double seconds) => (long)Math.Round(seconds * TimeSpan.TicksPerSecond);

    /// <summary>
    /// Counts (<paramref name="sign"/> = 1) or uncounts (-1) a caller's wait among the longest.
    /// Runs for every answer and abandon: the list is kept in place, a new one made only while it grows.
    /// </summary>
    public void CountWait(long ticks, int sign)
    {
        var longest = LongestWaitTicks ?? [];
        if (sign < 0)
        {
            if (Array.IndexOf(longest, ticks) is var found and >= 0)
            {
                LongestWaitTicks = [.. longest[..found], .. longest[(found + 1)..]];
            }

            return;
        }

        if (longest.Length < LongestKept)
        {
            Array.Resize(ref longest, longest.Length + 1);
            longest[^1] = long.MinValue;
        }
        else if (ticks <= longest[^1])
        {
            return;
        }

        // Insert in order, longest first: the shortest kept falls off the end.
        var at = longest.Length - 1;
        while (at > 0 && longest[at - 1] < ticks)
        {
            longest[at] = longest[at - 1];
            at--;
        }

        longest[at] = ticks;
        LongestWaitTicks = longest;
    }

    public void AddTo(QueueIntervalCounts total)
    {
        total.Offered += Offered;
        total.Answered += Answered;
        total.Abandoned += Abandoned;
        total.ShortAbandoned += ShortAbandoned;
        total.AnsweredWithinThreshold += AnsweredWithinThreshold;
        total.AbandonedAfterThreshold += AbandonedAfterThreshold;
        total.Completed += Completed;
        total.Dialed += Dialed;
        total.WaitTicks += WaitTicks;
        total.HandleTicks += HandleTicks;
        total.Handled += Handled;
        total.TransferredIn += TransferredIn;
        total.TransferredOut += TransferredOut;
        total.Overflowed += Overflowed;
        total.Blocked += Blocked;
        total.AbandonWaitTicks += AbandonWaitTicks;
        foreach (var wait in LongestWaitTicks ?? [])
        {
            total.CountWait(wait, 1);
        }
    }

    public bool IsEmpty =>
        Offered == 0 && Answered == 0 && Abandoned == 0 && ShortAbandoned == 0 && Completed == 0 && Dialed == 0 && HandleTicks == 0
        && Handled == 0 && TransferredIn == 0 && TransferredOut == 0 && Overflowed == 0 && Blocked == 0;
}
