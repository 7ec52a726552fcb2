using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>A caller left holding: continuous hold above the levels (training: never leave a caller holding).</summary>
public sealed class LongHoldRule : IAlertRule<CallRuleSubject>
{
    public AlertRule Rule => AlertRule.LongHold;

    public RuleVerdict Evaluate(CallRuleSubject s, DateTimeOffset now)
    {
        if (s.Call.HoldingSince is not { } since)
        {
            return RuleVerdict.None();
        }

        var t = s.Settings.Rules.LongHold;
        return Crossing.OfDuration(since, t.Warning, t.Critical, now, elapsed => $"on hold for {elapsed:0} s (hold {s.Call.HoldCount})");
    }
}
