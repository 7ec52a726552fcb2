using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// One queue tile's figures and how each stands against its thresholds, read at <c>now</c>.
/// Plain C#, so the colouring is tested without a browser.
/// </summary>
public sealed record QueueTileFigures(
    QueueHeadline Headline,
    int Waiting,
    DateTimeOffset? OldestWaitingSince,
    TimeSpan LongestWait,
    TileLevel WaitLevel,
    TileLevel ServiceLevelLevel,
    DateTimeOffset? NextChange)
{
    /// <summary>The tile's colour: its worst figure.</summary>
    public TileLevel Level => (TileLevel)Math.Max((int)WaitLevel, (int)ServiceLevelLevel);

    /// <summary>
    /// The longest wait today: of callers who left the queue (the queue's figure) or of the caller
    /// waiting now, whichever is longer; a caller still waiting has waited at least that long.
    /// </summary>
    public double? MaxWaitTodaySeconds =>
        Waiting > 0 ? Math.Max(Headline.Today.MaxWaitSeconds ?? 0, Math.Floor(LongestWait.TotalSeconds)) : Headline.Today.MaxWaitSeconds;

    /// <summary>A call waits from its queueing until it is answered; ringing at an agent is part of the wait (DOMAIN.md).</summary>
    public static bool IsWaiting(CallRow call) => call.State is CallState.Queued or CallState.Ringing && call.AnsweredAt is null;

    public static QueueTileFigures From(QueueHeadline headline, IEnumerable<CallRow> calls, TileThresholds thresholds, DateTimeOffset now)
    {
        var waiting = calls.Where(c => c.QueueId == headline.QueueId && IsWaiting(c)).ToList();
        DateTimeOffset? oldest = waiting.Count == 0 ? null : waiting.Min(c => c.WaitingSince);
        var longest = oldest is { } since && now > since ? now - since : TimeSpan.Zero;
        return new QueueTileFigures(
            headline,
            waiting.Count,
            oldest,
            longest,
            WaitLevelOf(longest, thresholds),
            ServiceLevelOf(headline.Today.ServiceLevel, headline.ServiceLevelTarget, thresholds),
            NextCrossing(oldest, longest, thresholds));
    }

    /// <summary>A level is reached the moment the wait reaches it (README: "a hold of exactly 60 s raises LongHold").</summary>
    public static TileLevel WaitLevelOf(TimeSpan longest, TileThresholds thresholds) =>
        longest.TotalSeconds >= thresholds.WaitCriticalSeconds ? TileLevel.Critical
        : longest.TotalSeconds >= thresholds.WaitWarningSeconds ? TileLevel.Warning
        : TileLevel.Good;

    /// <summary>Below target is amber, below target minus the critical points is red; no decided call yet is no figure at all.</summary>
    public static TileLevel ServiceLevelOf(double? serviceLevel, double target, TileThresholds thresholds)
    {
        // A hair of tolerance: 0.8 - 0.2 is 0.6000000000000001 in binary, and 60 % must read amber, not red.
        const double Tolerance = 1e-9;
        return serviceLevel switch
        {
            null => TileLevel.NoData,
            { } sl when sl < target - thresholds.ServiceLevelCriticalPoints - Tolerance => TileLevel.Critical,
            { } sl when sl < target - Tolerance => TileLevel.Warning,
            _ => TileLevel.Good,
        };
    }

    /// <summary>When the oldest wait will cross its next level, so the tile re-colours then without waiting for a push.</summary>
    private static DateTimeOffset? NextCrossing(DateTimeOffset? oldest, TimeSpan longest, TileThresholds thresholds)
    {
        if (oldest is not { } since)
        {
            return null;
        }

        foreach (var level in new[] { thresholds.WaitWarningSeconds, thresholds.WaitCriticalSeconds })
        {
            if (longest.TotalSeconds < level)
            {
                return since.AddSeconds(level);
            }
        }

        return null;
    }
}
