using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Time;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// Not-ready time today by reason over a set of agents: each agent's counted seconds per reason,
/// plus the break running now under its current reason. Counters of an earlier day count as nothing.
/// </summary>
public static class NotReadyReasons
{
    public static void Add(Dictionary<string, double> sums, AgentRow agent, DateTimeOffset now, SiteCalendar calendar)
    {
        var dayStart = calendar.DayStart(now);
        var counters = agent.Day is { } day && day.CountedUntil >= dayStart ? day : null;
        foreach (var (reason, seconds) in counters?.NotReadyByReason ?? [])
        {
            sums[reason] = sums.GetValueOrDefault(reason) + seconds;
        }

        if (agent.State == AgentState.NotReady)
        {
            var from = counters?.CountedUntil ?? agent.StateSince ?? now;
            var running = Math.Max(0, (now - (from < dayStart ? dayStart : from)).TotalSeconds);
            var reason = agent.Reason ?? string.Empty;
            sums[reason] = sums.GetValueOrDefault(reason) + running;
        }
    }

    /// <summary>The reasons with time, longest first.</summary>
    public static IReadOnlyList<ReasonSeconds> Ordered(Dictionary<string, double> sums) =>
        [.. sums.Where(r => r.Value > 0).OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new ReasonSeconds(r.Key, r.Value))];
}
