using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Security;
using ContactCenter.Dashboard.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>How a caller proves who it is: a bearer token, a connector key, or nothing.</summary>
public sealed record Credentials(string? Bearer = null, string? ApiKey = null);

/// <summary>
/// The floor the matrix runs against, made once per fixture: ada's agent a1 and another agent in
/// team t1, an agent in team t2, an open AssistanceRequested alert in each team, a call in q1,
/// and every caller signed in (the wall-boards with display tokens an admin issued).
/// </summary>
public sealed class MatrixScenario
{
    public const string OwnAgent = "a1";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static MatrixScenario? current;

    private readonly SecuredFloorFixture app;
    private readonly Dictionary<Caller, Credentials> credentials;

    private MatrixScenario(SecuredFloorFixture app, Dictionary<Caller, Credentials> credentials, string peerAgent, string otherTeamAgent, string callId)
    {
        this.app = app;
        this.credentials = credentials;
        PeerAgent = peerAgent;
        OtherTeamAgent = otherTeamAgent;
        CallId = callId;
    }

    public string PeerAgent { get; }

    public string OtherTeamAgent { get; }

    public string CallId { get; }

    public string TeamAlert => $"AssistanceRequested:{PeerAgent}:1";

    public string OtherTeamAlert => $"AssistanceRequested:{OtherTeamAgent}:1";

    public static async Task<MatrixScenario> GetAsync(SecuredFloorFixture app)
    {
        await Gate.WaitAsync();
        try
        {
            if (current?.app != app)
            {
                current = await CreateAsync(app);
            }

            return current;
        }
        finally
        {
            Gate.Release();
        }
    }

    public Credentials CredentialsOf(Caller caller) => credentials[caller];

    /// <summary>New credentials for a call that spends them: a fresh sign-in, or a newly issued display token.</summary>
    public Task<Credentials> FreshCredentialsAsync(Caller caller) => SignInAsync(app, caller, credentials[Caller.Admin]);

    /// <summary>A client that shows redirects instead of following them (a screen's "sign in first" is a redirect).</summary>
    public HttpClient Client(Credentials who)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        if (who.Bearer is { } token)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (who.ApiKey is { } key)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        }

        return client;
    }

    public HubConnection Hub(Credentials who) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, LiveHosting.HubPath), o =>
            {
                if (who.Bearer is { } token)
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                }

                if (who.ApiKey is { } key)
                {
                    o.Headers[ApiKeyAuthenticationHandler.Header] = key;
                }
            })
            .Build();

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, Probe probe)
    {
        using var request = new HttpRequestMessage(probe.Method, probe.Path)
        {
            Content = probe.Json is null ? null : new StringContent(probe.Json, Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request);
    }

    private static async Task<MatrixScenario> CreateAsync(SecuredFloorFixture app)
    {
        var admin = new Credentials(Bearer: (await app.SignInAsync("ari.admin")).AccessToken);
        var all = new Dictionary<Caller, Credentials> { [Caller.Admin] = admin };
        foreach (var caller in AuthorizationMatrix.Callers.Where(c => c != Caller.Admin))
        {
            all[caller] = await SignInAsync(app, caller, admin);
        }

        var (peer, other, call) = (Wire.NewId("a"), Wire.NewId("a"), Wire.NewId("c"));
        var scenario = new MatrixScenario(app, all, peer, other, call);
        using var connector = scenario.Client(all[Caller.Connector]);
        var before = Wire.Now().AddMinutes(-5);
        await PostAsync(connector, false, Wire.AgentLoggedIn(OwnAgent, before, "t1", "q1"));
        await PostAsync(
            connector,
            true,
            Wire.AgentLoggedIn(peer, before, "t1", "q1"),
            Wire.AgentLoggedIn(other, before, "t2", "q2"),
            AssistanceRequested(peer),
            AssistanceRequested(other),
            Wire.CallQueued(call, "q1", Wire.Now()));

        using var ari = scenario.Client(admin);
        await Eventually.Get(async () => await TeamOfAsync(ari, OwnAgent), team => team == "t1", "ada's agent a1 on the floor in team t1");
        await Eventually.Get(async () => (await ari.GetAsync($"/api/alerts/{scenario.TeamAlert}")).StatusCode, s => s == HttpStatusCode.OK, $"the team t1 alert {scenario.TeamAlert}");
        await Eventually.Get(async () => (await ari.GetAsync($"/api/alerts/{scenario.OtherTeamAlert}")).StatusCode, s => s == HttpStatusCode.OK, $"the team t2 alert {scenario.OtherTeamAlert}");
        await Eventually.Get(async () => (await ari.GetAsync($"/api/calls/{call}")).StatusCode, s => s == HttpStatusCode.OK, $"the call {call}");
        return scenario;
    }

    private static async Task<Credentials> SignInAsync(SecuredFloorFixture app, Caller caller, Credentials admin) => caller switch
    {
        Caller.Anonymous => new Credentials(),
        Caller.Connector => new Credentials(ApiKey: SecuredFloorFixture.ConnectorKey),
        Caller.Agent => new Credentials(Bearer: (await app.SignInAsync("ada.agent")).AccessToken),
        Caller.Supervisor => new Credentials(Bearer: (await app.SignInAsync("sam.supervisor")).AccessToken),
        Caller.OtherTeamSupervisor => new Credentials(Bearer: (await app.SignInAsync("kim.supervisor", SecuredFloorFixture.KimPassword)).AccessToken),
        Caller.Admin => new Credentials(Bearer: (await app.SignInAsync("ari.admin")).AccessToken),
        Caller.Wallboard => new Credentials(Bearer: await IssueDisplayTokenAsync(app, admin, [])),
        Caller.QueueWallboard => new Credentials(Bearer: await IssueDisplayTokenAsync(app, admin, ["q1"])),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "no credentials for this caller"),
    };

    private static async Task<string> IssueDisplayTokenAsync(SecuredFloorFixture app, Credentials admin, string[] queues)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin.Bearer);
        var body = new JsonObject { ["name"] = Wire.NewId("matrix-tv-"), ["queues"] = new JsonArray([.. queues.Select(q => (JsonNode?)JsonValue.Create(q))]) };
        var reply = await client.PostJsonAsync("/api/admin/display-tokens/", body);
        Assert.True(reply.Status == HttpStatusCode.OK, $"issuing a display token failed: {reply}");
        return reply.Text("token") ?? throw new Xunit.Sdk.XunitException($"no token in {reply}");
    }

    private static JsonObject AssistanceRequested(string agentId)
    {
        var e = Wire.Event("AssistanceRequested", Wire.Now());
        e["agentId"] = agentId;
        e["reason"] = "matrix probe";
        return e;
    }

    /// <summary>Posts a setup batch, waiting out the connector's rate limit; all events must be accepted when <paramref name="strict"/>.</summary>
    private static async Task PostAsync(HttpClient connector, bool strict, params JsonObject[] events)
    {
        var reply = await Eventually.Get(() => connector.PostEventsAsync(events), r => r.Status != HttpStatusCode.TooManyRequests, "the connector's rate limit to let a setup batch through");
        Assert.True(reply.Status == HttpStatusCode.OK, $"setup batch refused: {reply}");
        if (strict)
        {
            Assert.True(reply.Body.GetProperty("rejected").GetArrayLength() == 0, $"setup events rejected: {reply}");
        }
    }

    private static async Task<string?> TeamOfAsync(HttpClient admin, string agentId)
    {
        using var response = await admin.GetAsync($"/api/agents/{agentId}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("teamId", out var team) ? team.GetString() : null;
    }
}
