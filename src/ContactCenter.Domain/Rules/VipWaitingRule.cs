using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Domain.Rules;

/// <summary>A VIP caller kept waiting.</summary>
public sealed class VipWaitingRule : IAlertRule<CallRuleSubject>
{
    public AlertRule Rule => AlertRule.VipWaiting;

    public RuleVerdict Evaluate(CallRuleSubject s, DateTimeOffset now)
    {
        if (s.Call.Tier != CustomerTier.Vip || s.Call.WaitingSince is not { } since)
        {
            return RuleVerdict.None();
        }

        var t = s.Settings.Rules.VipWaiting;
        return Crossing.OfDuration(since, t.Warning, t.Critical, now, elapsed => $"VIP caller waiting {elapsed:0} s");
    }
}
