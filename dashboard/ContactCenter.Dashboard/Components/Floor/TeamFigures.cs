using ContactCenter.Contracts.Floor;
using ContactCenter.Dashboard.Live;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Time;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>One team as its tile shows it: agents by state, today's calls, occupancy and AHT of its agents together, raised hands and not-ready time by reason.</summary>
public sealed record TeamFigures(string TeamId, Staffing Agents, AgentDayFigures Day, int HandsRaised, IReadOnlyList<ReasonSeconds> NotReady)
{
    /// <summary>Every team with an agent on the view, in id order.</summary>
    public static IReadOnlyList<TeamFigures> Of(LiveView view, DateTimeOffset now, SiteCalendar calendar) =>
        [.. view.Agents
            .Where(a => a.TeamId is not null)
            .GroupBy(a => a.TeamId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TeamFigures(
                g.Key,
                StaffingCount.Of(g),
                AgentDayFigures.Sum(g.Select(a => AgentDayFigures.Of(a, now, calendar))),
                g.Count(a => a.Assistance is not null && a.State != AgentState.LoggedOut),
                NotReadyOf(g, now, calendar)))];

    private static IReadOnlyList<ReasonSeconds> NotReadyOf(IEnumerable<AgentRow> agents, DateTimeOffset now, SiteCalendar calendar)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            NotReadyReasons.Add(sums, agent, now, calendar);
        }

        return NotReadyReasons.Ordered(sums);
    }
}
