using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Rules;
using ContactCenter.Domain.Timeline;
using ContactCenter.Grains.Agents;
using ContactCenter.Grains.Calls;
using ContactCenter.Grains.Routing;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Bench.Baseline;

/// <summary>
/// The physical ceiling: the same events applied to the same domain logic the grains run
/// (timelines and their folds, queue counting and its diff, rows, every rule) in one thread,
/// in plain dictionaries, with no Orleans, no messages, no awaits and no storage. Rules are
/// judged at each event's time instead of on timers.
/// </summary>
public sealed class BaselineFloor(FloorSettings settings)
{
    private readonly Dictionary<string, BaselineCall> calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BaselineAgent> agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BaselineQueue> queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, AgentRow>> teams = new(StringComparer.Ordinal);

    public int Accepted { get; private set; }

    public int Duplicates { get; private set; }

    public int Rejected { get; private set; }

    public int AlertsRaised { get; private set; }

    public void Apply(FloorEvent e)
    {
        var verdict = e.Type.IsCallEvent() ? ApplyCall(e) : ApplyAgent(Agent(e.AgentId!), new AgentEvent(e));
        switch (verdict.Kind)
        {
            case EventVerdictKind.Accepted: Accepted++; break;
            case EventVerdictKind.Duplicate: Duplicates++; break;
            default: Rejected++; break;
        }
    }

    private BaselineAgent Agent(string id)
    {
        if (!agents.TryGetValue(id, out var agent))
        {
            agents[id] = agent = new BaselineAgent(id, settings.Calendar);
        }

        return agent;
    }

    private BaselineQueue Queue(string id)
    {
        if (!queues.TryGetValue(id, out var queue))
        {
            queues[id] = queue = new BaselineQueue(settings.ForQueue(id), settings.Calendar);
        }

        return queue;
    }

    private EventVerdict ApplyCall(FloorEvent e)
    {
        if (!calls.TryGetValue(e.CallId!, out var call))
        {
            calls[e.CallId!] = call = new BaselineCall(e.CallId!, settings.Calendar);
        }

        var timeline = call.Timeline;
        var previousAgent = timeline.Facts.AgentId;
        if (ConsentFrom(e) is { } taker)
        {
            var dryRun = timeline.Insert(e, commit: false);
            if (dryRun.Kind != EventVerdictKind.Accepted)
            {
                return dryRun;
            }

            var consent = ApplyAgent(Agent(taker), ForAgent(call, e, taker, leaves: false));
            if (consent.Kind == EventVerdictKind.Rejected)
            {
                return consent;
            }
        }

        var verdict = timeline.Insert(e);
        if (verdict.Kind != EventVerdictKind.Accepted)
        {
            return verdict;
        }

        var facts = timeline.Facts;
        if (previousAgent is not null)
        {
            if (previousAgent != facts.AgentId || facts.State == CallState.Queued)
            {
                ApplyAgent(Agent(previousAgent), ForAgent(call, e, previousAgent, leaves: true));
            }
            else if (e.Type is FloorEventType.CallHeld or FloorEventType.CallResumed or FloorEventType.CallEnded or FloorEventType.CallAbandoned)
            {
                ApplyAgent(Agent(previousAgent), ForAgent(call, e, previousAgent, leaves: false));
            }
        }

        var subject = new CallRuleSubject(facts, settings.ForQueue(facts.QueueId), call.State.QueueFigures);
        Judge(RuleBooks.Call, subject, call.State.Raised, e.At);
        Publish(call, e.At);
        return verdict;
    }

    /// <summary>What the call grain tells its queues: the diff of its counting and its live row.</summary>
    private void Publish(BaselineCall call, DateTimeOffset now)
    {
        var facts = call.Timeline.Facts;
        var counted = CallCounting.Contributions(facts);
        var (retract, add) = CountingDiff.Between(call.State.Counted, counted);
        foreach (var c in retract)
        {
            Queue(c.QueueId).Count(c.Contribution, -1);
        }

        foreach (var c in add)
        {
            Queue(c.QueueId).Count(c.Contribution, 1);
        }

        var row = facts.IsOver || facts.QueueId is null ? null : CallView.Row(call.Id, facts, call.State);
        if (call.State.RowQueueId is { } oldQueue && oldQueue != row?.QueueId)
        {
            Queue(oldQueue).SetCall(call.Id, null);
        }

        if (row is not null)
        {
            var queue = Queue(row.QueueId);
            queue.SetCall(call.Id, row);
            call.State.QueueFigures = queue.TodayFigures(now);
            AlertsRaised += queue.Judge(now);
        }

        call.State.Counted = counted;
        call.State.RowQueueId = row?.QueueId;
    }

    private EventVerdict ApplyAgent(BaselineAgent agent, AgentEvent entry)
    {
        var verdict = agent.Timeline.Insert(entry);
        if (verdict.Kind != EventVerdictKind.Accepted)
        {
            return verdict;
        }

        var facts = agent.Timeline.Facts;
        foreach (var (retract, add) in LegCounting.Reconcile(agent.CountedLegs, facts))
        {
            if (retract is not null)
            {
                Queue(retract.QueueId).Count(new(QueueContributionKind.Handled, retract.CompletedAt, retract.Seconds), -1);
            }

            if (add is not null)
            {
                Queue(add.QueueId).Count(new(QueueContributionKind.Handled, add.CompletedAt, add.Seconds), 1);
            }
        }

        var row = AgentView.Row(agent.Id, facts);
        if (!AgentView.SameRow(agent.PublishedRow, row))
        {
            Team(row.TeamId ?? AgentView.UnassignedTeam)[agent.Id] = row;
            if (!AgentView.SameStaffing(agent.PublishedRow, row))
            {
                foreach (var q in row.Queues)
                {
                    Queue(q).SetAgent(agent.Id, row);
                }
            }

            agent.PublishedRow = row;
        }

        Judge(RuleBooks.Agent, new AgentRuleSubject(facts, settings.ForTeam(facts.TeamId)), agent.Raised, entry.At);
        return verdict;
    }

    private Dictionary<string, AgentRow> Team(string id)
    {
        if (!teams.TryGetValue(id, out var team))
        {
            teams[id] = team = new Dictionary<string, AgentRow>(StringComparer.Ordinal);
        }

        return team;
    }

    private void Judge<TSubject>(IReadOnlyList<IAlertRule<TSubject>> rules, TSubject subject, Dictionary<AlertRule, AlertSeverity> raised, DateTimeOffset now)
    {
        AlertsRaised += BaselineRules.Judge(rules, subject, raised, now);
    }

    private AgentEvent ForAgent(BaselineCall call, FloorEvent e, string agentId, bool leaves)
    {
        var facts = call.Timeline.Facts;
        var difficult = e.Type == FloorEventType.CallEnded && CallDifficulty.Of(facts, settings.ForQueue(facts.QueueId), call.State.QueueFigures, call.State.Difficult);
        return new(e.AgentId == agentId ? e : e with { AgentId = agentId }, facts.QueueId, difficult, leaves);
    }

    private static string? ConsentFrom(FloorEvent e) => e.Type switch
    {
        FloorEventType.CallOffered or FloorEventType.CallAnswered or FloorEventType.CallDialed => e.AgentId,
        FloorEventType.CallTransferred => e.ToAgentId,
        _ => null,
    };
}
