using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.Rules;

/// <summary>
/// The current interval's service level below target, once enough calls decided it. A new
/// interval starts with no decided calls, so until it has enough of its own the previous
/// interval's judgement carries on (with the new interval's calls added): one alert while the
/// condition lasts, not one per interval. Judged again when the interval ends.
/// </summary>
public sealed class ServiceLevelRule : IAlertRule<QueueRuleSubject>
{
    public AlertRule Rule => AlertRule.ServiceLevel;

    public RuleVerdict Evaluate(QueueRuleSubject s, DateTimeOffset now)
    {
        var o = s.Settings.Rules.ServiceLevel;
        var stats = s.CurrentInterval;
        var intervalEnd = stats.To;
        if (Decided(stats) < o.MinimumDecidedCalls && s.PreviousInterval is { } previous && Decided(previous) >= o.MinimumDecidedCalls)
        {
            stats = QueueFigureBook.Sum([previous, stats], previous.From, stats.To);
        }

        var decided = Decided(stats);
        if (decided < o.MinimumDecidedCalls || stats.ServiceLevel is not { } level || level >= s.Settings.ServiceLevelTarget)
        {
            return RuleVerdict.None(intervalEnd);
        }

        // Rounded: 0.8 - 0.2 is 0.6000000000000001 in binary floating point, which would put exactly 60 % "below 60 %".
        var criticalBelow = Math.Round(s.Settings.ServiceLevelTarget - o.CriticalPointsBelowTarget, 9);
        var severity = level < criticalBelow ? AlertSeverity.Critical : AlertSeverity.Warning;
        return new RuleVerdict(severity, stats.From, intervalEnd, $"service level {level:P0} against a target of {s.Settings.ServiceLevelTarget:P0} ({decided} calls)");
    }

    private static int Decided(QueueStats stats) => stats.Answered + stats.AbandonedAfterThreshold;
}
