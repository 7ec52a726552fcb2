using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>A caller passed around: customers hate it.</summary>
public sealed class MultipleTransfersRule : IAlertRule<CallRuleSubject>
{
    public AlertRule Rule => AlertRule.MultipleTransfers;

    public RuleVerdict Evaluate(CallRuleSubject s, DateTimeOffset now)
    {
        if (s.Call.IsOver)
        {
            return RuleVerdict.None();
        }

        var t = s.Settings.Rules.MultipleTransfers;
        return Crossing.OfCount(s.Call.TransferCount, t.Warning, t.Critical, n => s.Call.TransferTimes[n - 1], $"transferred {s.Call.TransferCount} times");
    }
}
