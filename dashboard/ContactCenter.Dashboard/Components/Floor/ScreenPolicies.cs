using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Authorization;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// Who may open which screen. The floor and its drill-downs are for supervisors and admins (a
/// wall-board display has TV mode only); TV mode is <see cref="FloorPolicies.ReadFloor"/>, an
/// agent's page <see cref="FloorPolicies.Agent"/>. Like every floor policy, it admits anyone while
/// security is off.
/// </summary>
public static class ScreenPolicies
{
    public const string Supervise = "screens-supervise";

    public static void Add(AuthorizationOptions options, bool enabled) =>
        options.AddPolicy(Supervise, policy =>
        {
            if (enabled)
            {
                policy.RequireAuthenticatedUser().RequireRole(FloorRoles.Supervisor, FloorRoles.Admin);
            }
            else
            {
                policy.RequireAssertion(_ => true);
            }
        });
}
