using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>A caller put on hold again and again during one call.</summary>
public sealed class RepeatedHoldRule : IAlertRule<CallRuleSubject>
{
    public AlertRule Rule => AlertRule.RepeatedHold;

    public RuleVerdict Evaluate(CallRuleSubject s, DateTimeOffset now)
    {
        if (s.Call.IsOver)
        {
            return RuleVerdict.None();
        }

        var t = s.Settings.Rules.RepeatedHold;
        return Crossing.OfCount(s.Call.HoldCount, t.Warning, t.Critical, n => s.Call.HoldStarts[n - 1], $"held {s.Call.HoldCount} times");
    }
}
