using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Domain.Rules;

/// <summary>An agent not ready longer than the reason allows (lunch, training and meetings run longer).</summary>
public sealed class LongNotReadyRule : IAlertRule<AgentRuleSubject>
{
    public AlertRule Rule => AlertRule.LongNotReady;

    public RuleVerdict Evaluate(AgentRuleSubject s, DateTimeOffset now)
    {
        if (s.Agent.State != AgentState.NotReady || s.Agent.StateSince is not { } since)
        {
            return RuleVerdict.None();
        }

        var o = s.Settings.Rules.LongNotReady;
        var warning = o.WarningFor(s.Agent.Reason);
        var reason = s.Agent.Reason ?? "no reason";
        return Crossing.OfDuration(since, warning, warning + o.CriticalExtraSeconds, now, elapsed => $"not ready ({reason}) for {elapsed / 60:0} min");
    }
}
