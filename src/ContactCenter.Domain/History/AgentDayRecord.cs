using ContactCenter.Domain.Agents;

namespace ContactCenter.Domain.History;

/// <summary>One agent's day as the history keeps it: the agent, the team it worked in, the day's totals.</summary>
public sealed record AgentDayRecord(string AgentId, string? TeamId, AgentDayTotals Totals)
{
    public DateOnly Day => Totals.Day;
}
