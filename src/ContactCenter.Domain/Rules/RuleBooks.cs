namespace ContactCenter.Domain.Rules;

/// <summary>Which rules judge which kind of subject.</summary>
public static class RuleBooks
{
    public static readonly IReadOnlyList<IAlertRule<CallRuleSubject>> Call =
        [new LongHoldRule(), new RepeatedHoldRule(), new LongCallRule(), new VipWaitingRule(), new MultipleTransfersRule()];

    public static readonly IReadOnlyList<IAlertRule<AgentRuleSubject>> Agent =
        [new AssistanceRequestedRule(), new LongWrapUpRule(), new LongNotReadyRule(), new AgentStrainRule()];

    public static readonly IReadOnlyList<IAlertRule<QueueRuleSubject>> Queue =
        [new QueueWaitRule(), new ServiceLevelRule()];
}
