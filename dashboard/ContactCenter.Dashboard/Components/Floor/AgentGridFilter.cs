using ContactCenter.Contracts.Floor;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// The agent grid's filters and order. Logged-out agents are hidden unless asked for: the grid is
/// about who is on the floor now.
/// </summary>
public sealed record AgentGridFilter(string? TeamId = null, string? QueueId = null, AgentState? State = null, bool ByTimeInState = false)
{
    public IEnumerable<AgentRow> Apply(IEnumerable<AgentRow> agents)
    {
        var shown = agents.Where(a =>
            (State is { } state ? a.State == state : a.State != AgentState.LoggedOut)
            && (TeamId is null || a.TeamId == TeamId)
            && (QueueId is null || a.Queues.Contains(QueueId, StringComparer.Ordinal)));

        // Longest in state first: the oldest StateSince; an agent without one sorts last.
        return ByTimeInState
            ? shown.OrderBy(a => a.StateSince ?? DateTimeOffset.MaxValue).ThenBy(a => a.AgentId, StringComparer.Ordinal)
            : shown.OrderBy(a => a.Name ?? a.AgentId, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.AgentId, StringComparer.Ordinal);
    }
}
