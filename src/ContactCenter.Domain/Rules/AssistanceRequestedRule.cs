using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Domain.Rules;

/// <summary>An agent's raised hand: critical at once (training: bring a manager in at once).</summary>
public sealed class AssistanceRequestedRule : IAlertRule<AgentRuleSubject>
{
    public AlertRule Rule => AlertRule.AssistanceRequested;

    public RuleVerdict Evaluate(AgentRuleSubject s, DateTimeOffset now) =>
        s.Agent.Hand is { } hand
            ? new RuleVerdict(AlertSeverity.Critical, hand.RaisedAt, null, $"agent asks for help: {hand.Reason}")
            : RuleVerdict.None();
}
