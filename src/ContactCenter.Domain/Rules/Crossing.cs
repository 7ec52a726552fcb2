using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>
/// How a duration or a count crosses a rule's two levels. A level is crossed the moment the
/// duration reaches it (so a timer armed for that moment raises the alert exactly then).
/// </summary>
public static class Crossing
{
    public static RuleVerdict OfDuration(DateTimeOffset start, double warningSeconds, double criticalSeconds, DateTimeOffset now, Func<double, string> detail)
    {
        var warningAt = Later(start, warningSeconds);
        var criticalAt = Later(start, criticalSeconds);
        var elapsed = (now - start).TotalSeconds;
        if (now >= criticalAt)
        {
            return new RuleVerdict(AlertSeverity.Critical, start, null, detail(elapsed));
        }

        return now >= warningAt
            ? new RuleVerdict(AlertSeverity.Warning, start, criticalAt, detail(elapsed))
            : RuleVerdict.None(warningAt);
    }

    /// <summary>The moment a level falls due, saturating at the end of time rather than overflowing.</summary>
    private static DateTimeOffset Later(DateTimeOffset start, double seconds) =>
        seconds >= (DateTimeOffset.MaxValue - start).TotalSeconds ? DateTimeOffset.MaxValue : start.AddSeconds(seconds);

    /// <summary>A count at or above its levels; <paramref name="reachedAt"/> gives when the n-th one happened.</summary>
    public static RuleVerdict OfCount(int count, double warning, double critical, Func<int, DateTimeOffset> reachedAt, string detail)
    {
        if (count >= critical)
        {
            return new RuleVerdict(AlertSeverity.Critical, reachedAt((int)warning), null, detail);
        }

        return count >= warning
            ? new RuleVerdict(AlertSeverity.Warning, reachedAt((int)warning), null, detail)
            : RuleVerdict.None();
    }
}
