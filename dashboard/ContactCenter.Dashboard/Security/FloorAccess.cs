using System.Security.Claims;
using ContactCenter.Contracts.Alerts;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// The checks a role alone cannot make: a supervisor acts on the teams and queues assigned to
/// them, an agent only as their own agent. Checked on every call, not only in the UI.
/// </summary>
public sealed class FloorAccess(IOptions<SecurityOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    public bool MayActOn(ClaimsPrincipal user, AlertSnapshot alert) =>
        !Enabled
        || (user.IsInRole(FloorRoles.Supervisor)
            && ((alert.TeamId is { } team && Has(user, FloorClaims.Team, team)) || (alert.QueueId is { } queue && Has(user, FloorClaims.Queue, queue))));

    public bool IsAgent(ClaimsPrincipal user, string agentId) =>
        !Enabled || (user.IsInRole(FloorRoles.Agent) && user.FindFirst(FloorClaims.AgentId)?.Value == agentId);

    public bool MaySeeAgent(ClaimsPrincipal user, string agentId, string? teamId) =>
        !Enabled
        || user.IsInRole(FloorRoles.Admin)
        || IsAgent(user, agentId)
        || (user.IsInRole(FloorRoles.Supervisor) && teamId is not null && Has(user, FloorClaims.Team, teamId));

    public bool MaySubscribe(ClaimsPrincipal user, string scope)
    {
        if (!Enabled || user.IsInRole(FloorRoles.Admin))
        {
            return true;
        }

        if (user.IsInRole(FloorRoles.Wallboard))
        {
            // A display scoped to queues sees those queues; an unscoped one the whole floor.
            var queues = user.FindAll(FloorClaims.Queue).Select(c => c.Value).ToArray();
            return queues.Length == 0 || (scope.StartsWith("queue:", StringComparison.Ordinal) && queues.Contains(scope[6..]));
        }

        if (!user.IsInRole(FloorRoles.Supervisor))
        {
            return false;
        }

        return scope.StartsWith("queue:", StringComparison.Ordinal) ? Has(user, FloorClaims.Queue, scope[6..])
            : scope.StartsWith("team:", StringComparison.Ordinal) && Has(user, FloorClaims.Team, scope[5..]);
    }

    /// <summary>Admins and wall-boards see every team and queue (and everyone does with security off).</summary>
    public bool SeesWholeFloor(ClaimsPrincipal user) =>
        !Enabled || user.IsInRole(FloorRoles.Admin) || user.IsInRole(FloorRoles.Wallboard);

    /// <summary>A queue's tile, calls and figures: the whole floor's viewers, and a supervisor of that queue.</summary>
    public bool MaySeeQueue(ClaimsPrincipal user, string queueId) =>
        SeesWholeFloor(user) || (user.IsInRole(FloorRoles.Supervisor) && Has(user, FloorClaims.Queue, queueId));

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
        || (alert.AgentId is { } agent && IsAgent(user, agent));

    public static IResult Forbidden(string field, string detail) =>
        Results.Json(new Api.ApiError(field, "forbidden", detail), statusCode: StatusCodes.Status403Forbidden);

    private static bool Has(ClaimsPrincipal user, string type, string value) => user.FindAll(type).Any(c => c.Value == value);
}
