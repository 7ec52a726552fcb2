using ContactCenter.Dashboard.Components.Floor;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>Who calls: nobody, a telephony connector, the demo people, a supervisor of another team, and two wall-board displays.</summary>
public enum Caller
{
    Anonymous,
    Connector,
    Agent,
    Supervisor,
    OtherTeamSupervisor,
    Admin,
    Wallboard,
    QueueWallboard,
}

/// <summary>What a caller gets: through the door (whatever the endpoint then answers), or stopped at it.</summary>
public enum Outcome
{
    Allowed,
    Unauthorized,
    Forbidden,
}

/// <summary>One request of the matrix: method, path (ids from the scenario) and an optional JSON body valid enough that a 400 cannot hide a refusal.</summary>
public sealed record Probe(HttpMethod Method, string Path, string? Json = null);

/// <summary>
/// One way to call an endpoint and the callers it lets through; every other signed-in caller gets
/// 403 and anonymous 401. <paramref name="FreshCredentials"/>: the call spends the caller's
/// credentials (revoke), so it runs with a fresh sign-in.
/// </summary>
public sealed record MatrixCase(string What, Func<MatrixScenario, Probe> Probe, IReadOnlySet<Caller> Allowed, bool FreshCredentials = false);

/// <summary>A protected endpoint ("METHODS pattern" as the app maps it), the policy it must carry, and its cases.</summary>
public sealed record MatrixRow(string Key, string Policy, IReadOnlyList<MatrixCase> Cases);

/// <summary>
/// The authorisation matrix: every endpoint of the app is either a row here (its
/// expected outcome for every caller) or named public with a reason, and the hub's methods have
/// their rules too. The endpoint test fails on an endpoint in neither list, so none is forgotten.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly Caller[] Callers = Enum.GetValues<Caller>();

    // Before Rows: static fields initialise in order.
    private static readonly Caller[] FloorReaders = [Caller.Supervisor, Caller.OtherTeamSupervisor, Caller.Admin, Caller.Wallboard, Caller.QueueWallboard];

    private static readonly Caller[] QueueOneReaders = [Caller.Supervisor, Caller.Admin, Caller.Wallboard, Caller.QueueWallboard];

    private static readonly Caller[] SignedIn = [.. Callers.Where(c => c != Caller.Anonymous)];

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        // Ingest: telephony connectors only.
        Row("POST /api/events", FloorPolicies.Ingest, Case("an empty batch", _ => Post("/api/events", "[]"), Caller.Connector)),
        Row("POST /api/connectors/queue-log", FloorPolicies.Ingest, Case("an empty log", _ => Post("/api/connectors/queue-log"), Caller.Connector)),
        Row("GET /api/connectors/joins/", FloorPolicies.Ingest, Case("the joins waiting", _ => Get("/api/connectors/joins"), Caller.Connector)),
        Row("POST /api/connectors/joins/{commandId}/done", FloorPolicies.Ingest, Case("an unknown join (404 past the door)", _ => Post("/api/connectors/joins/no-such-join/done"), Caller.Connector)),

        // The floor's read side: supervisors, admins and wall-boards; lists are filtered to the caller's scope,
        // single queues, calls and alerts outside it are 403 (sam: t1 and q1; kim: t2 and q2; the q1 display: q1).
        Row("GET /api/floor", FloorPolicies.ReadFloor, Case("the floor, filtered", _ => Get("/api/floor"), FloorReaders)),
        Row("GET /api/queues/{id}", FloorPolicies.ReadFloor, Case("queue q1", _ => Get("/api/queues/q1"), QueueOneReaders)),
        Row("GET /api/queues/{id}/stats", FloorPolicies.ReadFloor, Case("queue q1's figures", _ => Get("/api/queues/q1/stats"), QueueOneReaders)),
        Row("GET /api/calls/{id}", FloorPolicies.ReadFloor, Case("a call in q1", s => Get($"/api/calls/{s.CallId}"), QueueOneReaders)),
        Row("GET /api/alerts", FloorPolicies.ReadFloor, Case("the inbox, filtered", _ => Get("/api/alerts?status=all"), FloorReaders)),
        Row("GET /api/alerts/{id}", FloorPolicies.ReadFloor,
            Case("an alert of team t1", s => Get(Alert(s.TeamAlert)), Caller.Supervisor, Caller.Admin, Caller.Wallboard),
            Case("an alert of team t2", s => Get(Alert(s.OtherTeamAlert)), Caller.OtherTeamSupervisor, Caller.Admin, Caller.Wallboard)),

        // A caller's whole number: only the roles configuration names (SecuredFloorFixture: Security:UnmaskedRoles = admin), never an agent.
        Row("GET /api/calls/{id}/caller-number", FloorPolicies.ReadFloor, Case("a call in q1", s => Get($"/api/calls/{s.CallId}/caller-number"), Caller.Admin)),

        // An agent: themself, a supervisor of their team, an admin.
        Row("GET /api/agents/{id}", FloorPolicies.ReadAgent,
            Case("ada's own agent a1 (t1)", _ => Get($"/api/agents/{MatrixScenario.OwnAgent}"), Caller.Agent, Caller.Supervisor, Caller.Admin),
            Case("another agent of t1", s => Get($"/api/agents/{s.PeerAgent}"), Caller.Supervisor, Caller.Admin),
            Case("an agent of t2", s => Get($"/api/agents/{s.OtherTeamAgent}"), Caller.OtherTeamSupervisor, Caller.Admin)),

        // Reports: a queue's intervals as its figures; an agent's days as the agent.
        Row("GET /api/reports/queues/{id}/intervals.csv", FloorPolicies.ReadFloor, Case("queue q1's intervals", _ => Get("/api/reports/queues/q1/intervals.csv"), QueueOneReaders)),
        Row("GET /api/reports/agents/{id}/days.csv", FloorPolicies.ReadAgent,
            Case("ada's own days", _ => Get($"/api/reports/agents/{MatrixScenario.OwnAgent}/days.csv"), Caller.Agent, Caller.Supervisor, Caller.Admin),
            Case("the days of an agent of t2", s => Get($"/api/reports/agents/{s.OtherTeamAgent}/days.csv"), Caller.OtherTeamSupervisor, Caller.Admin)),

        // A raised hand: the agent themself only.
        Row("POST /api/agents/{id}/assistance", FloorPolicies.Agent,
            Case("ada's own hand", _ => Post($"/api/agents/{MatrixScenario.OwnAgent}/assistance", """{"reason":"matrix probe"}"""), Caller.Agent),
            Case("another agent's hand", s => Post($"/api/agents/{s.PeerAgent}/assistance", """{"reason":"matrix probe"}"""))),
        Row("DELETE /api/agents/{id}/assistance", FloorPolicies.Agent,
            Case("ada's own hand", _ => Delete($"/api/agents/{MatrixScenario.OwnAgent}/assistance"), Caller.Agent),
            Case("another agent's hand", s => Delete($"/api/agents/{s.PeerAgent}/assistance"))),

        // Acting on an alert: a supervisor of its team or queue; admins configure, they do not act on calls.
        .. AlertAction("acknowledge", null),
        .. AlertAction("take", null),
        .. AlertAction("join", """{"mode":"monitor"}"""),
        .. AlertAction("notes", """{"text":"matrix probe"}"""),
        .. AlertAction("snooze", """{"minutes":1}"""),
        .. AlertAction("resolve", """{"note":"matrix probe"}"""),

        // Admins: the audit trail and the wall-boards' display tokens.
        Row("GET /api/audit", FloorPolicies.Admin, Case("today's trail", _ => Get("/api/audit"), Caller.Admin)),
        Row("POST /api/admin/display-tokens/", FloorPolicies.Admin, Case("issue a token", _ => Post("/api/admin/display-tokens/", """{"name":"matrix-probe","queues":["q1"]}"""), Caller.Admin)),
        Row("GET /api/admin/display-tokens/", FloorPolicies.Admin, Case("the tokens", _ => Get("/api/admin/display-tokens/"), Caller.Admin)),
        Row("DELETE /api/admin/display-tokens/{id}", FloorPolicies.Admin, Case("an unknown token", _ => Delete("/api/admin/display-tokens/no-such-token"), Caller.Admin)),

        // Anyone signed in.
        Row("POST /api/auth/revoke", FloorPolicies.Authenticated, Case("the caller's own token", _ => Post("/api/auth/revoke"), SignedIn, freshCredentials: true)),
        Row("POST /account/logout", FloorPolicies.Authenticated, Case("without a form (antiforgery refuses it after the door)", _ => Post("/account/logout"), SignedIn)),
        Row("* /hubs/floor/negotiate", FloorPolicies.Authenticated, Case("negotiate", _ => Post("/hubs/floor/negotiate?negotiateVersion=1"), SignedIn)),
        Row("* /hubs/floor", FloorPolicies.Authenticated, Case("a connection without an id", _ => Get("/hubs/floor"), SignedIn)),

        // The screens: the floor and its drill-downs for supervisors and admins, TV mode for floor readers, the agent page for agents.
        .. Screen("/", "/"),
        .. Screen("/floor", "/floor"),
        .. Screen("/intraday", "/intraday"),
        .. Screen("/intraday/{QueueId}", "/intraday/q1"),
        .. Screen("/agents/{AgentId}", $"/agents/{MatrixScenario.OwnAgent}"),
        Row("GET,POST /calls/{CallId}", ScreenPolicies.Supervise, Case("a call's page", s => Get($"/calls/{s.CallId}"), Caller.Supervisor, Caller.OtherTeamSupervisor, Caller.Admin)),
        Row("GET,POST /tv", FloorPolicies.ReadFloor, Case("TV mode", _ => Get("/tv"), FloorReaders)),
        Row("GET,POST /agent/{AgentId}", FloorPolicies.Agent, Case("ada's page", _ => Get($"/agent/{MatrixScenario.OwnAgent}"), Caller.Agent)),
    ];

    /// <summary>Endpoints anyone may call, each with the reason; keyed like <see cref="Rows"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Public = new Dictionary<string, string>
    {
        ["* /health/live"] = "liveness probe",
        ["* /health/ready"] = "readiness probe",
        ["* /metrics"] = "Prometheus scrape",
        ["GET /openapi/{documentName}.json"] = "the API's description",
        ["POST /api/auth/token"] = "sign-in",
        ["POST /api/auth/refresh"] = "a refresh token is the credential",
        ["POST /account/login"] = "the sign-in form (antiforgery-checked)",
        ["GET /account/oidc"] = "starts the identity provider's sign-in",
        ["GET /account/display"] = "a wall-board signs in with its display token",
        ["GET /culture"] = "the language switch: sets the culture cookie and goes back to a local page; the sign-in page offers it too",
        ["GET,POST /login"] = "the sign-in page",
        ["GET,POST /denied"] = "the access-denied page",
        ["GET,POST /not-found"] = "the not-found page",
        ["GET /_framework/opaque-redirect"] = "Blazor's redirect helper",
        ["* /_blazor"] = "Blazor's circuit: it runs only components the server rendered after authorising the page",
        ["* /_blazor/negotiate"] = "Blazor's circuit",
        ["* /_blazor/disconnect/"] = "Blazor's circuit",
        ["* /_blazor/initializers/"] = "Blazor's circuit",
    };

    /// <summary>Public entries that exist in some environments only (not reported as stale when absent).</summary>
    public static readonly IReadOnlySet<string> EnvironmentDependent = new HashSet<string>
    {
        // MapStaticAssets in Development: files under wwwroot changed since the build.
        "GET,HEAD {**path:file}",
    };

    /// <summary>Endpoints anyone may call that must say so explicitly (AllowAnonymous), not merely lack a rule.</summary>
    public static bool MustAllowAnonymous(string key) =>
        Pattern(key).StartsWith("/api/", StringComparison.Ordinal) || Pattern(key).StartsWith("/account/", StringComparison.Ordinal)
        || key is "GET,POST /login" or "GET,POST /denied" or "GET,POST /not-found";

    /// <summary>The hub's methods and whether each checks the scope (Subscribe, Resync) or is open to any connected caller (Unsubscribe: leaving a group reveals nothing).</summary>
    public static readonly IReadOnlyDictionary<string, bool> HubMethods = new Dictionary<string, bool>
    {
        ["Subscribe"] = true,
        ["Resync"] = true,
        ["Unsubscribe"] = false,
    };

    public static readonly string[] HubScopes = ["floor", "team:t1", "team:t2", "queue:q1", "queue:q2"];

    /// <summary>The scopes each caller may subscribe to (FloorAccess.MaySubscribe); anonymous cannot even connect.</summary>
    public static IReadOnlySet<string> MaySubscribe(Caller caller) => caller switch
    {
        Caller.Admin or Caller.Wallboard => HubScopes.ToHashSet(),
        Caller.Supervisor => new HashSet<string> { "team:t1", "queue:q1" },
        Caller.OtherTeamSupervisor => new HashSet<string> { "team:t2", "queue:q2" },
        Caller.QueueWallboard => new HashSet<string> { "queue:q1" },
        _ => new HashSet<string>(),
    };

    public static string Name(Caller caller) => caller switch
    {
        Caller.Anonymous => "anonymous",
        Caller.Connector => "connector (X-Api-Key)",
        Caller.Agent => "ada.agent (a1, t1)",
        Caller.Supervisor => "sam.supervisor (t1, q1)",
        Caller.OtherTeamSupervisor => "kim.supervisor (t2, q2)",
        Caller.Admin => "ari.admin",
        Caller.Wallboard => "wall-board (whole floor)",
        Caller.QueueWallboard => "wall-board (queue q1)",
        _ => caller.ToString(),
    };

    /// <summary>"METHODS pattern", methods as the endpoint declares them, "*" for any.</summary>
    public static string KeyOf(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        return $"{(methods is null || methods.Count == 0 ? "*" : string.Join(',', methods))} {endpoint.RoutePattern.RawText}";
    }

    /// <summary>A file of the build's static web assets (Blazor's framework scripts, _content/ of libraries, our css/js): GET or HEAD only, never under /api, /account or /hubs.</summary>
    public static bool IsStaticAsset(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        var pattern = endpoint.RoutePattern.RawText?.TrimStart('/') ?? string.Empty;
        return endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null
            && methods.Count > 0 && methods.All(m => m is "GET" or "HEAD")
            && !pattern.StartsWith("api/", StringComparison.Ordinal)
            && !pattern.StartsWith("account/", StringComparison.Ordinal)
            && !pattern.StartsWith("hubs/", StringComparison.Ordinal);
    }

    public static string Pattern(string key) => key[(key.IndexOf(' ') + 1)..];

    private static MatrixRow Row(string key, string policy, params MatrixCase[] cases) => new(key, policy, cases);

    private static MatrixCase Case(string what, Func<MatrixScenario, Probe> probe, params Caller[] allowed) => new(what, probe, allowed.ToHashSet());

    private static MatrixCase Case(string what, Func<MatrixScenario, Probe> probe, Caller[] allowed, bool freshCredentials) => new(what, probe, allowed.ToHashSet(), freshCredentials);

    private static IEnumerable<MatrixRow> AlertAction(string action, string? json) =>
    [
        Row($"POST /api/alerts/{{id}}/{action}", FloorPolicies.ActOnAlerts,
            Case("an alert of team t1", s => Post($"{Alert(s.TeamAlert)}/{action}", json), Caller.Supervisor),
            Case("an alert of team t2", s => Post($"{Alert(s.OtherTeamAlert)}/{action}", json), Caller.OtherTeamSupervisor)),
    ];

    private static IEnumerable<MatrixRow> Screen(string pattern, string path) =>
        [Row($"GET,POST {pattern}", ScreenPolicies.Supervise, Case("the page", _ => Get(path), Caller.Supervisor, Caller.OtherTeamSupervisor, Caller.Admin))];

    private static string Alert(string alertId) => $"/api/alerts/{Uri.EscapeDataString(alertId)}";

    private static Probe Get(string path) => new(HttpMethod.Get, path);

    private static Probe Delete(string path) => new(HttpMethod.Delete, path);

    private static Probe Post(string path, string? json = null) => new(HttpMethod.Post, path, json);
}
