using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>
/// Scopes checked on every call, beyond the matrix of who may call what (AuthorizationMatrixTests):
/// connectors ingest, supervisors act on their own teams, agents as themselves.
/// </summary>
[Collection(SecuredFloorCollection.Name)]
public sealed class AuthorizationScopeTests(SecuredFloorFixture app)
{
    [Fact]
    public async Task Only_a_connector_key_may_post_events()
    {
        var batch = new JsonArray(Wire.CallQueued(Wire.NewId("c"), Wire.NewId("q"), Wire.Now()));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync("/api/events", batch)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Connector("not-a-key").PostAsJsonAsync("/api/events", batch)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("sam.supervisor")).PostAsJsonAsync("/api/events", batch)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Connector().PostAsJsonAsync("/api/events", batch)).StatusCode);
    }

    [Fact]
    public async Task A_connector_posting_too_fast_is_told_to_slow_down_with_retry_after()
    {
        var connector = app.Connector(SecuredFloorFixture.BurstKey);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 12 && limited is null; i++)
        {
            var response = await connector.PostAsJsonAsync("/api/events", new JsonArray());
            statuses.Add(response.StatusCode);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(limited);
        Assert.True(limited!.Headers.RetryAfter is not null, "429 carries Retry-After");
        Assert.Contains("rate-limited", await limited.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("ada.agent", HttpStatusCode.Forbidden)]
    [InlineData("sam.supervisor", HttpStatusCode.OK)]
    [InlineData("ari.admin", HttpStatusCode.OK)]
    public async Task The_floor_is_read_by_supervisors_and_admins_only(string? user, HttpStatusCode expected)
    {
        var client = user is null ? app.Anonymous() : await app.As(user);

        Assert.Equal(expected, (await client.GetAsync("/api/floor")).StatusCode);
    }

    [Theory]
    [InlineData("ari.admin", HttpStatusCode.OK)]
    [InlineData("sam.supervisor", HttpStatusCode.Forbidden)]
    [InlineData("ada.agent", HttpStatusCode.Forbidden)]
    public async Task The_audit_trail_is_for_admins(string user, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await (await app.As(user)).GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task An_agent_raises_only_their_own_hand_and_sees_only_themself()
    {
        await app.Connector().GivenAsync(
            Wire.AgentLoggedIn("a1", Wire.Now().AddMinutes(-5), "t1", "q1"),
            Wire.AgentLoggedIn("a2", Wire.Now().AddMinutes(-5), "t1", "q1"));
        var ada = await app.As("ada.agent");

        Assert.Equal(HttpStatusCode.OK, (await ada.PostAsJsonAsync("/api/agents/a1/assistance", new { reason = "technical problem" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.PostAsJsonAsync("/api/agents/a2/assistance", new { reason = "technical problem" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync("/api/agents/a1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.GetAsync("/api/agents/a2")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("sam.supervisor")).PostAsJsonAsync("/api/agents/a1/assistance", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ada.DeleteAsync("/api/agents/a1/assistance")).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_acts_on_alerts_of_their_own_team_as_themself_and_not_on_another_team()
    {
        var (agent, queue) = (Wire.NewId("a"), Wire.NewId("q"));
        await app.Connector().GivenAsync(
            Wire.AgentLoggedIn(agent, Wire.Now().AddMinutes(-5), "t1", queue),
            new JsonObject { ["eventId"] = Wire.NewId("e"), ["type"] = "AssistanceRequested", ["at"] = Wire.Time(Wire.Now()), ["agentId"] = agent, ["reason"] = "abusive caller" });
        var alertId = $"AssistanceRequested:{agent}:1";
        var sam = await app.As("sam.supervisor");
        await Eventually.Get(async () => (await sam.GetAsync($"/api/alerts/{alertId}")).StatusCode, s => s == HttpStatusCode.OK, "the alert raised");

        var kim = await app.As("kim.supervisor", SecuredFloorFixture.KimPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await kim.PostAsync($"/api/alerts/{alertId}/take", null)).StatusCode);

        using var take = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{alertId}/take");
        take.Headers.Add("X-Supervisor", "someone-else");
        using var taken = await sam.SendAsync(take);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var alert = await taken.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sam.supervisor", alert.GetProperty("takenBy").GetString()); // the token names the actor, not a header
    }

    [Fact]
    public async Task A_supervisor_reads_only_the_teams_queues_and_alerts_of_their_scope()
    {
        var (agent, stranger) = (Wire.NewId("a"), Wire.NewId("a"));
        await app.Connector().GivenAsync(
            Wire.AgentLoggedIn(agent, Wire.Now().AddMinutes(-5), "t1", "q1"),
            Wire.AgentLoggedIn(stranger, Wire.Now().AddMinutes(-5), "t2", "q2"),
            new JsonObject { ["eventId"] = Wire.NewId("e"), ["type"] = "AssistanceRequested", ["at"] = Wire.Time(Wire.Now()), ["agentId"] = agent, ["reason"] = "abusive caller" });
        var sam = await app.As("sam.supervisor");
        var kim = await app.As("kim.supervisor", SecuredFloorFixture.KimPassword);
        var alertId = $"AssistanceRequested:{agent}:1";
        await Eventually.Get(async () => (await sam.GetAsync($"/api/alerts/{alertId}")).StatusCode, s => s == HttpStatusCode.OK, "the alert raised");

        var kimsInbox = await kim.GetFromJsonAsync<JsonElement[]>("/api/alerts?status=all");
        Assert.DoesNotContain(kimsInbox!, a => a.GetProperty("alertId").GetString() == alertId);
        var samsFloor = await sam.GetFromJsonAsync<JsonElement>("/api/floor");
        Assert.All(samsFloor.GetProperty("teams").EnumerateArray(), t => Assert.Equal("t1", t.GetProperty("teamId").GetString()));
        Assert.All(samsFloor.GetProperty("queues").EnumerateArray(), q => Assert.Equal("q1", q.GetProperty("queueId").GetString()));
        Assert.Contains(samsFloor.GetProperty("openAlerts").EnumerateArray(), a => a.GetProperty("alertId").GetString() == alertId);
        Assert.Equal(HttpStatusCode.Forbidden, (await kim.GetAsync($"/api/alerts/{alertId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kim.GetAsync("/api/queues/q1")).StatusCode);
    }
}
