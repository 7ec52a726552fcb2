using System.Security.Claims;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Security;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// The part of the floor a signed-in person may see: a supervisor the teams and queues assigned to
/// them, an agent themself; admins and wall-boards (and everyone, with security off) all of it.
/// </summary>
public static class VisibleFloor
{
    public static LiveView For(LiveView view, ClaimsPrincipal user, FloorAccess access)
    {
        if (access.SeesWholeFloor(user))
        {
            return view;
        }

        var agents = view.Agents.Where(a => access.MaySeeAgent(user, a.AgentId, a.TeamId)).ToArray();
        var agentIds = agents.Select(a => a.AgentId).ToHashSet(StringComparer.Ordinal);
        return view with
        {
            Queues = [.. view.Queues.Where(q => access.MaySeeQueue(user, q.QueueId))],
            Calls = [.. view.Calls.Where(c => access.MaySeeQueue(user, c.QueueId) || (c.AgentId is { } id && agentIds.Contains(id)))],
            Agents = agents,
            Alerts = [.. view.Alerts.Where(a => access.MaySeeAlert(user, a))],
        };
    }
}
