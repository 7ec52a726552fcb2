using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Domain.Rules;

/// <summary>An agent in after-call work too long.</summary>
public sealed class LongWrapUpRule : IAlertRule<AgentRuleSubject>
{
    public AlertRule Rule => AlertRule.LongWrapUp;

    public RuleVerdict Evaluate(AgentRuleSubject s, DateTimeOffset now)
    {
        if (s.Agent.State != AgentState.WrapUp || s.Agent.StateSince is not { } since)
        {
            return RuleVerdict.None();
        }

        var t = s.Settings.Rules.LongWrapUp;
        return Crossing.OfDuration(since, t.Warning, t.Critical, now, elapsed => $"in wrap-up for {elapsed:0} s");
    }
}
