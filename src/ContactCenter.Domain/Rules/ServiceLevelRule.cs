using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>
/// The current interval's service level below target, once enough calls decided it. It is
/// judged again when the interval ends, since a new interval starts with no decided calls.
/// </summary>
public sealed class ServiceLevelRule : IAlertRule<QueueRuleSubject>
{
    public AlertRule Rule => AlertRule.ServiceLevel;

    public RuleVerdict Evaluate(QueueRuleSubject s, DateTimeOffset now)
    {
        var stats = s.CurrentInterval;
        var o = s.Settings.Rules.ServiceLevel;
        var decided = stats.Answered + stats.AbandonedAfterThreshold;
        var intervalEnd = stats.To;
        if (decided < o.MinimumDecidedCalls || stats.ServiceLevel is not { } level || level >= s.Settings.ServiceLevelTarget)
        {
            return RuleVerdict.None(intervalEnd);
        }

        // Rounded: 0.8 - 0.2 is 0.6000000000000001 in binary floating point, which would put exactly 60 % "below 60 %".
        var criticalBelow = Math.Round(s.Settings.ServiceLevelTarget - o.CriticalPointsBelowTarget, 9);
        var severity = level < criticalBelow ? AlertSeverity.Critical : AlertSeverity.Warning;
        return new RuleVerdict(severity, stats.From, intervalEnd, $"service level {level:P0} against a target of {s.Settings.ServiceLevelTarget:P0} ({decided} calls)");
    }
}
