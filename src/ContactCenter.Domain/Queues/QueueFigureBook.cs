using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Time;

namespace ContactCenter.Domain.Queues;

/// <summary>
/// A queue's counts per 15-minute interval, and the figures of DOMAIN.md derived from them.
/// Each contribution counts in the interval that holds the time of the event that decided it.
/// </summary>
[GenerateSerializer]
public sealed class QueueFigureBook
{
    /// <summary>How many days of intervals are kept in the grain; older history belongs to the history store.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(8);

    private static readonly QueueIntervalCounts Empty = new();

    [Id(0)] private Dictionary<DateTimeOffset, QueueIntervalCounts> intervals = [];
    [Id(1)] private DateTimeOffset lastPruned;

    public int IntervalCount => intervals.Count;

    /// <summary>Counts (<paramref name="sign"/> = 1) or uncounts (-1) one contribution.</summary>
    public void Apply(QueueContribution c, int sign, QueueSettings settings, SiteCalendar calendar)
    {
        var counts = At(calendar.IntervalStart(c.At));
        switch (c.Kind)
        {
            case QueueContributionKind.Offered:
                counts.Offered += sign;
                break;
            case QueueContributionKind.Dialed:
                counts.Dialed += sign;
                break;
            case QueueContributionKind.Answered:
                counts.Answered += sign;
                counts.WaitTicks += sign * QueueIntervalCounts.Ticks(c.Seconds);
                if (c.Seconds <= settings.ServiceLevelSeconds)
                {
                    counts.AnsweredWithinThreshold += sign;
                }

                break;
            case QueueContributionKind.Abandoned when c.Seconds <= settings.ShortAbandonSeconds:
                // A short abandon counts in no figure but shortAbandoned: not even as offered.
                counts.ShortAbandoned += sign;
                // Back to the exact tick it was offered: AddSeconds truncates the fraction and can land a tick late, in the next interval.
                At(calendar.IntervalStart(c.At.AddTicks(-(long)Math.Round(c.Seconds * TimeSpan.TicksPerSecond)))).Offered -= sign;
                break;
            case QueueContributionKind.Abandoned:
                counts.Abandoned += sign;
                if (c.Seconds > settings.ServiceLevelSeconds)
                {
                    counts.AbandonedAfterThreshold += sign;
                }

                break;
            case QueueContributionKind.Completed:
                counts.Completed += sign;
                break;
            case QueueContributionKind.Handled:
                counts.Handled += sign;
                counts.HandleTicks += sign * QueueIntervalCounts.Ticks(c.Seconds);
                break;
            case QueueContributionKind.TransferredIn:
                counts.TransferredIn += sign;
                break;
            case QueueContributionKind.TransferredOut:
                counts.TransferredOut += sign;
                break;
        }
    }

    /// <summary>Figures summed over the intervals that start in [from, to).</summary>
    public QueueStats Stats(DateTimeOffset from, DateTimeOffset to)
    {
        var total = new QueueIntervalCounts();
        foreach (var (start, counts) in intervals)
        {
            if (start >= from && start < to)
            {
                counts.AddTo(total);
            }
        }

        return Figures(total, from, to);
    }

    /// <summary>Each non-empty interval that starts in [from, to), in time order.</summary>
    public QueueStats[] Intervals(DateTimeOffset from, DateTimeOffset to) =>
        intervals
            .Where(pair => pair.Key >= from && pair.Key < to && !pair.Value.IsEmpty)
            .OrderBy(pair => pair.Key)
            .Select(pair => Figures(pair.Value, pair.Key, pair.Key + SiteCalendar.IntervalLength))
            .ToArray();

    public QueueStats Today(DateTimeOffset now, SiteCalendar calendar) =>
        Stats(calendar.DayStart(now), calendar.IntervalStart(now) + SiteCalendar.IntervalLength);

    /// <summary>The interval holding <paramref name="now"/>: one lookup, since the queue judges it on every call update.</summary>
    public QueueStats CurrentInterval(DateTimeOffset now, SiteCalendar calendar)
    {
        var start = calendar.IntervalStart(now);
        return Figures(intervals.GetValueOrDefault(start) ?? Empty, start, start + SiteCalendar.IntervalLength);
    }

    /// <summary>The interval before the one holding <paramref name="now"/>.</summary>
    public QueueStats PreviousInterval(DateTimeOffset now, SiteCalendar calendar)
    {
        var start = calendar.IntervalStart(calendar.IntervalStart(now) - TimeSpan.FromTicks(1));
        return Figures(intervals.GetValueOrDefault(start) ?? Empty, start, start + SiteCalendar.IntervalLength);
    }

    /// <summary>Drops intervals older than <see cref="Retention"/>; cheap to call often, it works at most once an hour.</summary>
    public void Prune(DateTimeOffset now)
    {
        if (now - lastPruned < TimeSpan.FromHours(1))
        {
            return;
        }

        lastPruned = now;
        foreach (var start in intervals.Keys.Where(start => start < now - Retention).ToList())
        {
            intervals.Remove(start);
        }
    }

    /// <summary>Figures of several queues together: their counts summed, the ratios computed again (never averaged).</summary>
    public static QueueStats Sum(IEnumerable<QueueStats> parts, DateTimeOffset from, DateTimeOffset to)
    {
        var total = new QueueIntervalCounts();
        foreach (var s in parts)
        {
            total.Offered += s.Offered;
            total.Answered += s.Answered;
            total.Abandoned += s.Abandoned;
            total.ShortAbandoned += s.ShortAbandoned;
            total.AnsweredWithinThreshold += s.AnsweredWithinThreshold;
            total.AbandonedAfterThreshold += s.AbandonedAfterThreshold;
            total.Completed += s.Completed;
            total.Dialed += s.Dialed;
            total.WaitTicks += QueueIntervalCounts.Ticks(s.TotalWaitSeconds);
            total.HandleTicks += QueueIntervalCounts.Ticks(s.TotalHandleSeconds);
            total.Handled += s.Handled;
            total.TransferredIn += s.TransferredIn;
            total.TransferredOut += s.TransferredOut;
        }

        return Figures(total, from, to);
    }

    /// <summary>DOMAIN.md's figures from counts; a ratio with a zero denominator is null, never 0 or 1.</summary>
    public static QueueStats Figures(QueueIntervalCounts c, DateTimeOffset from, DateTimeOffset to)
    {
        var decided = c.Answered + c.AbandonedAfterThreshold;
        return new QueueStats(
            from,
            to,
            c.Offered,
            c.Answered,
            c.Abandoned,
            c.ShortAbandoned,
            c.AnsweredWithinThreshold,
            c.AbandonedAfterThreshold,
            c.Completed,
            c.Dialed,
            c.WaitSeconds,
            c.HandleSeconds,
            decided > 0 ? (double)c.AnsweredWithinThreshold / decided : null,
            c.Answered > 0 ? c.WaitSeconds / c.Answered : null,
            c.Handled > 0 ? c.HandleSeconds / c.Handled : null,
            c.Offered > 0 ? (double)c.Abandoned / c.Offered : null,
            c.Handled,
            c.TransferredIn,
            c.TransferredOut);
    }

    private QueueIntervalCounts At(DateTimeOffset intervalStart)
    {
        if (!intervals.TryGetValue(intervalStart, out var counts))
        {
            counts = new QueueIntervalCounts();
            intervals[intervalStart] = counts;
        }

        return counts;
    }
}
