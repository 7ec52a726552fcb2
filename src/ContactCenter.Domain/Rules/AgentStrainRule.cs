using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>Difficult calls in a row without a break: the agent needs a pause.</summary>
public sealed class AgentStrainRule : IAlertRule<AgentRuleSubject>
{
    public AlertRule Rule => AlertRule.AgentStrain;

    public RuleVerdict Evaluate(AgentRuleSubject s, DateTimeOffset now)
    {
        var t = s.Settings.Rules.AgentStrain;
        var ends = s.Agent.DifficultEnds;
        return Crossing.OfCount(s.Agent.DifficultInRow, t.Warning, t.Critical, n => ends[Math.Min(n, ends.Count) - 1], $"{s.Agent.DifficultInRow} difficult calls in a row without a break");
    }
}
