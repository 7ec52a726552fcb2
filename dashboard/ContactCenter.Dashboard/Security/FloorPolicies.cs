using Microsoft.AspNetCore.Authorization;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// The authorization policies every endpoint names. With security off (until every screen signs
/// in) each policy admits anyone, so endpoints carry their rule either way and nothing is forgotten.
/// </summary>
public static class FloorPolicies
{
    public const string Ingest = "ingest";
    public const string ReadFloor = "read-floor";
    public const string ActOnAlerts = "act-on-alerts";
    public const string Agent = "agent";
    public const string ReadAgent = "read-agent";
    public const string Admin = "admin";
    public const string Authenticated = "authenticated";

    public static void Add(AuthorizationOptions options, bool enabled)
    {
        Add(options, enabled, Ingest, FloorRoles.Connector);
        Add(options, enabled, ReadFloor, FloorRoles.Supervisor, FloorRoles.Admin, FloorRoles.Wallboard);
        Add(options, enabled, ActOnAlerts, FloorRoles.Supervisor);
        Add(options, enabled, Agent, FloorRoles.Agent);
        Add(options, enabled, ReadAgent, FloorRoles.Agent, FloorRoles.Supervisor, FloorRoles.Admin);
        Add(options, enabled, Admin, FloorRoles.Admin);
        options.AddPolicy(Authenticated, policy =>
        {
            if (enabled)
            {
                policy.RequireAuthenticatedUser();
            }
            else
            {
                policy.RequireAssertion(_ => true);
            }
        });
    }

    private static void Add(AuthorizationOptions options, bool enabled, string name, params string[] roles) =>
        options.AddPolicy(name, policy =>
        {
            if (enabled)
            {
                policy.RequireAuthenticatedUser().RequireRole(roles);
            }
            else
            {
                policy.RequireAssertion(_ => true);
            }
        });
}
