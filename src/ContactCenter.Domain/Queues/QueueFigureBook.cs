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
    /// <summary>
    /// How long intervals stay in the grain (today and yesterday, whatever the time zone); older
    /// ones live in the history store and come back only while a late event changes them.
    /// </summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    private static readonly QueueIntervalCounts Empty = new();

    [Id(0)] private Dictionary<DateTimeOffset, QueueIntervalCounts> intervals = [];
    [Id(1)] private DateTimeOffset lastPruned;

    /// <summary>Intervals changed since the history store last took them: the book's outbox.</summary>
    [Id(2)] private HashSet<DateTimeOffset> unsaved = [];

    /// <summary>False in books stored before the history store existed: none of their intervals is in it yet.</summary>
    [Id(3)] private bool tracked;

    public int IntervalCount => intervals.Count;

    public bool HasUnsaved => unsaved.Count > 0;

    /// <summary>A book from before the history store: every interval it holds is still to be saved.</summary>
    public void TrackUnsaved()
    {
        if (!tracked)
        {
            unsaved.UnionWith(intervals.Keys);
            tracked = true;
        }
    }

    /// <summary>Copies of the intervals changed since they were last saved.</summary>
    public KeyValuePair<DateTimeOffset, QueueIntervalCounts>[] Unsaved() =>
        unsaved.Select(start => KeyValuePair.Create(start, Copy(intervals.GetValueOrDefault(start) ?? Empty))).ToArray();

    public void Saved(IEnumerable<DateTimeOffset> starts) => unsaved.ExceptWith(starts);

    /// <summary>True if the book holds intervals the history store has: a part of it lives only where the whole book was last written.</summary>
    public bool HoldsSaved => intervals.Count > unsaved.Count;

    /// <summary>
    /// The book as it is written with every batch: only the intervals not yet saved (sharing
    /// their counts), with the book's own bookkeeping. The rest is in the book last written whole
    /// (see <see cref="Underlay"/>), so a batch's write does not grow with the hours a day has run.
    /// </summary>
    public QueueFigureBook UnsavedPart()
    {
        var part = new QueueFigureBook { lastPruned = lastPruned, tracked = tracked, unsaved = unsaved };
        foreach (var start in unsaved)
        {
            if (intervals.TryGetValue(start, out var counts))
            {
                part.intervals[start] = counts;
            }
        }

        return part;
    }

    /// <summary>Adds the intervals of the book last written whole that this one lacks: this one's are newer.</summary>
    public void Underlay(QueueFigureBook whole)
    {
        foreach (var (start, counts) in whole.intervals)
        {
            intervals.TryAdd(start, counts);
        }
    }

    /// <summary>
    /// The starts of intervals a contribution will change that are older than the book keeps and
    /// not in it: the grain loads them from the history store before counting into them.
    /// </summary>
    public IEnumerable<DateTimeOffset> Missing(QueueContribution c, DateTimeOffset now, SiteCalendar calendar)
    {
        var horizon = now - Retention;
        var at = calendar.IntervalStart(c.At);
        if (at < horizon && !intervals.ContainsKey(at))
        {
            yield return at;
        }

        if (c.Kind == QueueContributionKind.Abandoned)
        {
            var offered = calendar.IntervalStart(c.At.AddTicks(-(long)Math.Round(c.Seconds * TimeSpan.TicksPerSecond)));
            if (offered != at && offered < horizon && !intervals.ContainsKey(offered))
            {
                yield return offered;
            }
        }
    }

    /// <summary>An interval loaded back from the history store; it is saved already.</summary>
    public void Restore(DateTimeOffset start, QueueIntervalCounts counts) => intervals.TryAdd(start, Copy(counts));

    /// <summary>The intervals this book holds that start in [from, to): they are newer than the store's copies.</summary>
    public IEnumerable<KeyValuePair<DateTimeOffset, QueueIntervalCounts>> Held(DateTimeOffset from, DateTimeOffset to) =>
        intervals.Where(pair => pair.Key >= from && pair.Key < to);

    /// <summary>The oldest interval start the book is sure to hold whatever happened before: older ones may be in the store only.</summary>
    public static DateTimeOffset Horizon(DateTimeOffset now) => now - Retention;

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
                counts.CountWait(QueueIntervalCounts.Ticks(c.Seconds), sign);
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
                counts.AbandonWaitTicks += sign * QueueIntervalCounts.Ticks(c.Seconds);
                counts.CountWait(QueueIntervalCounts.Ticks(c.Seconds), sign);
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
            case QueueContributionKind.Overflowed:
                counts.Overflowed += sign;
                counts.CountWait(QueueIntervalCounts.Ticks(c.Seconds), sign);
                break;
            case QueueContributionKind.Blocked:
                counts.Blocked += sign;
                break;
        }
    }

    /// <summary>Figures summed over the intervals that start in [from, to).</summary>
    public QueueStats Stats(DateTimeOffset from, DateTimeOffset to) => Sum(intervals, from, to);

    /// <summary>Each non-empty interval that starts in [from, to), in time order.</summary>
    public QueueStats[] Intervals(DateTimeOffset from, DateTimeOffset to) => Each(intervals, from, to);

    /// <summary>Figures summed over whichever of <paramref name="intervals"/> start in [from, to).</summary>
    public static QueueStats Sum(IEnumerable<KeyValuePair<DateTimeOffset, QueueIntervalCounts>> intervals, DateTimeOffset from, DateTimeOffset to)
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

    /// <summary>Each non-empty one of <paramref name="intervals"/> that starts in [from, to), in time order.</summary>
    public static QueueStats[] Each(IEnumerable<KeyValuePair<DateTimeOffset, QueueIntervalCounts>> intervals, DateTimeOffset from, DateTimeOffset to) =>
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

    /// <summary>
    /// Drops saved intervals older than <see cref="Retention"/> (unsaved ones wait for the store);
    /// cheap to call often, it works at most once an hour.
    /// </summary>
    public void Prune(DateTimeOffset now)
    {
        if (now - lastPruned < TimeSpan.FromHours(1) || !tracked)
        {
            return;
        }

        lastPruned = now;
        foreach (var start in intervals.Keys.Where(start => start < now - Retention && !unsaved.Contains(start)).ToList())
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
            total.Overflowed += s.Overflowed;
            total.Blocked += s.Blocked;
            total.AbandonWaitTicks += QueueIntervalCounts.Ticks(s.TotalAbandonWaitSeconds);
            if (s.MaxWaitSeconds is { } longest)
            {
                total.CountWait(QueueIntervalCounts.Ticks(longest), 1);
            }
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
            c.TransferredOut,
            c.Overflowed,
            c.Blocked,
            (double)c.AbandonWaitTicks / TimeSpan.TicksPerSecond,
            c.Abandoned > 0 ? (double)c.AbandonWaitTicks / TimeSpan.TicksPerSecond / c.Abandoned : null,
            c.MaxWaitTicks is { } longest ? (double)longest / TimeSpan.TicksPerSecond : null);
    }

    private static QueueIntervalCounts Copy(QueueIntervalCounts counts)
    {
        var copy = new QueueIntervalCounts();
        counts.AddTo(copy);
        return copy;
    }

    /// <summary>The interval to count into; it is marked for the history store.</summary>
    private QueueIntervalCounts At(DateTimeOffset intervalStart)
    {
        unsaved.Add(intervalStart);
        if (!intervals.TryGetValue(intervalStart, out var counts))
        {
            counts = new QueueIntervalCounts();
            intervals[intervalStart] = counts;
        }

        return counts;
    }
}
