using System.Security.Claims;
using ContactCenter.Contracts.Alerts;
using Microsoft.Extensions.Options;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// The checks a role alone cannot make: a supervisor acts on the teams and queues assigned to
/// them, an agent only as their own agent. Checked on every call, not only in the UI.
/// </summary>
public sealed class FloorAccess(IOptions<SecurityOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>A supervisor of the alert's team or queue; every supervisor once an unacknowledged critical has widened to the floor.</summary>
    public bool MayActOn(ClaimsPrincipal user, AlertSnapshot alert) =>
        !Enabled
        || (user.IsInRole(FloorRoles.Supervisor)
            && (alert.Audience == AlertAudience.Floor
                || (alert.TeamId is { } team && Has(user, FloorClaims.Team, team))
                || (alert.QueueId is { } queue && Has(user, FloorClaims.Queue, queue))));

    public bool IsAgent(ClaimsPrincipal user, string agentId) =>
        !Enabled || (user.IsInRole(FloorRoles.Agent) && user.FindFirst(FloorClaims.AgentId)?.Value == agentId);

    public bool MaySeeAgent(ClaimsPrincipal user, string agentId, string? teamId) =>
        !Enabled
        || user.IsInRole(FloorRoles.Admin)
        || IsAgent(user, agentId)
        || ((user.IsInRole(FloorRoles.Supervisor) || user.IsInRole(FloorRoles.Wallboard)) && teamId is not null && Has(user, FloorClaims.Team, teamId));

    public bool MaySubscribe(ClaimsPrincipal user, string scope)
    {
        if (!Enabled || user.IsInRole(FloorRoles.Admin))
        {
            return true;
        }

        if (user.IsInRole(FloorRoles.Wallboard))
        {
            // A display scoped to queues or teams sees those; an unscoped one the whole floor.
            return SeesWholeFloor(user)
                || (scope.StartsWith("queue:", StringComparison.Ordinal) && Has(user, FloorClaims.Queue, scope[6..]))
                || (scope.StartsWith("team:", StringComparison.Ordinal) && Has(user, FloorClaims.Team, scope[5..]));
        }

        // An agent's screen hears its own row, calls and alerts, never another agent's.
        if (scope.StartsWith("agent:", StringComparison.Ordinal) && IsAgent(user, scope[6..]))
        {
            return true;
        }

        if (!user.IsInRole(FloorRoles.Supervisor))
        {
            return false;
        }

        return scope.StartsWith("queue:", StringComparison.Ordinal) ? Has(user, FloorClaims.Queue, scope[6..])
            : scope.StartsWith("team:", StringComparison.Ordinal) && Has(user, FloorClaims.Team, scope[5..]);
    }

    /// <summary>Admins and unscoped wall-boards see every team and queue (and everyone does with security off).</summary>
    public bool SeesWholeFloor(ClaimsPrincipal user) =>
        !Enabled || user.IsInRole(FloorRoles.Admin) || (user.IsInRole(FloorRoles.Wallboard) && !user.HasClaim(c => c.Type is FloorClaims.Queue or FloorClaims.Team));

    /// <summary>A queue's tile, calls and figures: the whole floor's viewers, a supervisor of that queue, a display scoped to it.</summary>
    public bool MaySeeQueue(ClaimsPrincipal user, string? queueId) =>
        SeesWholeFloor(user)
        || (queueId is not null && (user.IsInRole(FloorRoles.Supervisor) || user.IsInRole(FloorRoles.Wallboard)) && Has(user, FloorClaims.Queue, queueId));

    /// <summary>A team's agents: the whole floor's viewers, a supervisor of that team, a display scoped to it.</summary>
    public bool MaySeeTeam(ClaimsPrincipal user, string? teamId) =>
        SeesWholeFloor(user) || (teamId is not null && (user.IsInRole(FloorRoles.Supervisor) || user.IsInRole(FloorRoles.Wallboard)) && Has(user, FloorClaims.Team, teamId));

    /// <summary>The floor as this user may see it: the queues, teams and alerts of their scope, totals over what they see.</summary>
    public Contracts.Floor.FloorSnapshot Filter(ClaimsPrincipal user, Contracts.Floor.FloorSnapshot floor)
    {
        if (SeesWholeFloor(user))
        {
            return floor;
        }

        var queues = floor.Queues.Where(q => MaySeeQueue(user, q.QueueId)).ToArray();
        var teams = floor.Teams.Where(t => MaySeeTeam(user, t.TeamId)).ToArray();
        return floor with
        {
            Queues = queues,
            Teams = teams,
            OpenAlerts = [.. floor.OpenAlerts.Where(a => MaySeeAlert(user, a))],
            Today = Domain.Queues.QueueFigureBook.Sum(queues.Select(q => q.Today), floor.Today.From, floor.Today.To),
            Staffing = Domain.Queues.StaffingCount.Sum(teams.Select(t => t.Staffing)),
        };
    }

    /// <summary>
    /// An alert on a screen: the whole floor's viewers; a supervisor of its team or queue, or any
    /// supervisor once it has widened to the floor; an agent, the alerts about themself.
    /// </summary>
    public bool MaySeeAlert(ClaimsPrincipal user, AlertSnapshot alert) =>
        SeesWholeFloor(user)
        || (user.IsInRole(FloorRoles.Supervisor)
            && (alert.Audience == AlertAudience.Floor
                || (alert.TeamId is { } team && Has(user, FloorClaims.Team, team))
                || (alert.QueueId is { } queue && Has(user, FloorClaims.Queue, queue))))
        || (user.IsInRole(FloorRoles.Wallboard)
            && ((alert.QueueId is { } shown && Has(user, FloorClaims.Queue, shown)) || (alert.TeamId is { } shownTeam && Has(user, FloorClaims.Team, shownTeam))))
        || (alert.AgentId is { } agent && IsAgent(user, agent));

    public static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<Api.ApiError> Forbidden(string field, string detail) => Api.ApiError.Forbidden(field, detail);

    private static bool Has(ClaimsPrincipal user, string type, string value) => user.FindAll(type).Any(c => c.Value == value);
}
