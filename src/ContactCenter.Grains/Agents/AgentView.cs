using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Time;
using ContactCenter.Grains.Queues;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Grains.Agents;

/// <summary>How an agent is shown: the API snapshot and the row its team and queues keep.</summary>
public static class AgentView
{
    public static AgentSnapshot Snapshot(string agentId, AgentFacts facts, DateTimeOffset now, SiteCalendar calendar) => new(
        agentId,
        facts.Name,
        facts.TeamId,
        facts.Queues,
        facts.State,
        facts.Reason,
        facts.StateSince,
        facts.StateSince is { } since ? Math.Max(0, (now - since).TotalSeconds) : 0,
        facts.CurrentCallId,
        facts.DayAt(now, calendar),
        facts.Hand,
        now);

    /// <summary>Agents whose source names no team still need a partition of the floor that shows them and their alerts.</summary>
    public const string UnassignedTeam = "unassigned";

    public static string TeamOf(AgentFacts facts) => facts.TeamId ?? UnassignedTeam;

    public static AgentRow Row(string agentId, AgentFacts facts) => new(
        agentId, facts.Name, TeamOf(facts), facts.Queues, facts.State, facts.Reason, facts.StateSince, facts.CurrentCallId, facts.Hand, facts.Calls, Counters(facts));

    /// <summary>Today's counters as far as they were counted: the running state is the screen's to add.</summary>
    private static AgentDayCounters? Counters(AgentFacts facts)
    {
        if ((facts.CountedUntil ?? facts.StateSince) is not { } counted)
        {
            return null;
        }

        var busy = facts.TalkSeconds + facts.HoldSeconds + facts.WrapUpSeconds;
        // The call in progress counts in AHT when it ends; its talk and hold so far are already in busy.
        var running = facts.CurrentCallAnswered ? facts.LegSeconds : 0;
        // Built on every publish: most agents have no break yet, and then nothing is allocated.
        ReasonSeconds[] reasons = facts.NotReadyByReason.Count == 0
            ? []
            : [.. facts.NotReadyByReason.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ReasonSeconds(r.Key, r.Value))];
        return new AgentDayCounters(counted, busy, Math.Max(0, busy - running), facts.LoggedInSeconds, facts.NotReadySeconds, reasons, facts.LegsToday);
    }

    /// <summary>Whether a queue would count the agent the same: same queues, same staffing class.</summary>
    public static bool SameStaffing(AgentRow? a, AgentRow b) =>
        a is not null && StaffingCount.SameClass(a.State, b.State) && a.Queues.SequenceEqual(b.Queues);

    /// <summary>Record equality compares arrays by reference; queues are compared by content.</summary>
    public static bool SameRow(AgentRow? a, AgentRow b) =>
        a is not null && a with { Queues = b.Queues } == b && a.Queues.SequenceEqual(b.Queues);
}
