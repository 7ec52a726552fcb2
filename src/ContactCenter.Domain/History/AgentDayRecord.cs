using ContactCenter.Domain.Agents;

namespace ContactCenter.Domain.History;

/// <summary>
/// One agent's day as the history keeps it: the agent, the team it worked in, the day's totals.
/// <see cref="Late"/> marks the part counted from events that arrived after the live horizon;
/// reading a day adds it to the live part.
/// </summary>
public sealed record AgentDayRecord(string AgentId, string? TeamId, AgentDayTotals Totals, bool Late = false)
{
    public DateOnly Day => Totals.Day;

    /// <summary>One record a day, in date order: each day's parts added up, under the live part's team where there is one.</summary>
    public static AgentDayRecord[] Combine(IEnumerable<AgentDayRecord> parts) =>
        [.. parts.GroupBy(p => p.Day).OrderBy(g => g.Key).Select(day => day.OrderBy(p => p.Late).Aggregate((sum, part) =>
            new AgentDayRecord(sum.AgentId, sum.TeamId ?? part.TeamId, sum.Totals.Plus(part.Totals))))];
}
