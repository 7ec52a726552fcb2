using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>The queue's longest wait above the levels: answer within a few rings.</summary>
public sealed class QueueWaitRule : IAlertRule<QueueRuleSubject>
{
    public AlertRule Rule => AlertRule.QueueWait;

    public RuleVerdict Evaluate(QueueRuleSubject s, DateTimeOffset now)
    {
        if (s.OldestWaitingSince is not { } since)
        {
            return RuleVerdict.None();
        }

        var t = s.Settings.Rules.QueueWait;
        return Crossing.OfDuration(since, t.Warning, t.Critical, now, elapsed => $"longest wait {elapsed:0} s");
    }
}
