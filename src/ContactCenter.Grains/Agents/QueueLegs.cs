using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using ContactCenter.Grains.Aggregates;

namespace ContactCenter.Grains.Agents;

/// <summary>
/// Tells each leg's queue what changed in an agent's handled legs: a late event that moved a leg
/// moves what the queue counts instead of counting it again. Shared by the live agent and its past days.
/// </summary>
public sealed class QueueLegs(AggregateUpdates aggregates, string agentId, DateOnly? lateDay)
{
    /// <summary>Adds one update per changed leg to <paramref name="sent"/>; <paramref name="nextSeq"/> numbers them for the queue's ledger.</summary>
    public void Count(List<HandledLeg> counted, AgentFacts facts, Func<long> nextSeq, List<Task> sent)
    {
        foreach (var (retract, add) in LegCounting.Reconcile(counted, facts))
        {
            if (retract is not null && add is not null && retract.QueueId == add.QueueId)
            {
                sent.Add(Send(add.QueueId, retract, add, nextSeq));
                continue;
            }

            if (retract is not null)
            {
                sent.Add(Send(retract.QueueId, retract, null, nextSeq));
            }

            if (add is not null)
            {
                sent.Add(Send(add.QueueId, null, add, nextSeq));
            }
        }
    }

    private Task Send(string queueId, HandledLeg? retract, HandledLeg? add, Func<long> nextSeq) =>
        aggregates.ToQueue(queueId, new QueueLegUpdate(agentId, nextSeq(), Contribution(retract), Contribution(add), lateDay));

    private static QueueContribution? Contribution(HandledLeg? leg) =>
        leg is null ? null : new(QueueContributionKind.Handled, leg.CompletedAt, leg.Seconds);
}
