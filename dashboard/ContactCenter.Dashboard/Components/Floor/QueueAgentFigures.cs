using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Time;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// What a queue tile adds from the floor's rows: the callers waiting by tier, and the occupancy of
/// the agents who serve the queue. An agent who serves several queues counts wholly in each: idle
/// time cannot be split between queues an agent waits for at once (the definitions say so). So does
/// their not-ready time by reason.
/// </summary>
public sealed record QueueAgentFigures(int WaitingVip, int WaitingHighValue, double? Occupancy, IReadOnlyList<ReasonSeconds> NotReady)
{
    public static readonly QueueAgentFigures None = new(0, 0, null, []);

    /// <summary>Every queue's figures in one pass over the calls and one over the agents: a push costs the rows, not rows times queues.</summary>
    public static IReadOnlyDictionary<string, QueueAgentFigures> ForAll(IEnumerable<CallRow> calls, IEnumerable<AgentRow> agents, DateTimeOffset now, SiteCalendar calendar)
    {
        var tiers = new Dictionary<string, (int Vip, int HighValue)>(StringComparer.Ordinal);
        foreach (var call in calls)
        {
            if (QueueTileFigures.IsWaiting(call) && call.CustomerTier != CustomerTier.Regular)
            {
                var (vip, highValue) = tiers.GetValueOrDefault(call.QueueId);
                tiers[call.QueueId] = call.CustomerTier == CustomerTier.Vip ? (vip + 1, highValue) : (vip, highValue + 1);
            }
        }

        var days = new Dictionary<string, AgentDayFigures>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            if (agent.State == AgentState.LoggedOut)
            {
                continue;
            }

            var day = AgentDayFigures.Of(agent, now, calendar);
            foreach (var queue in agent.Queues)
            {
                days[queue] = days.TryGetValue(queue, out var sum) ? sum.Plus(day) : day;
                NotReadyReasons.Add(reasons.TryGetValue(queue, out var sums) ? sums : reasons[queue] = new(StringComparer.Ordinal), agent, now, calendar);
            }
        }

        var figures = new Dictionary<string, QueueAgentFigures>(StringComparer.Ordinal);
        foreach (var queue in tiers.Keys.Union(days.Keys))
        {
            var (vip, highValue) = tiers.GetValueOrDefault(queue);
            var notReady = reasons.TryGetValue(queue, out var sums) ? NotReadyReasons.Ordered(sums) : [];
            figures[queue] = new QueueAgentFigures(vip, highValue, days.GetValueOrDefault(queue)?.Occupancy, notReady);
        }

        return figures;
    }
}
