using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>Display tokens an admin issues and revokes, and the caller number revealed only to roles configuration allows.</summary>
[Collection(SecuredFloorCollection.Name)]
public sealed class DisplayAndPrivacyTests(SecuredFloorFixture app)
{
    [Fact]
    public async Task An_admin_issues_a_display_token_scoped_to_a_queue_and_revoking_it_shuts_the_display_out()
    {
        var admin = await app.As("ari.admin");
        using var issued = await admin.PostAsJsonAsync("/api/admin/display-tokens", new { name = "tv-north", queues = new[] { "q1" } });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var (id, token) = (body.GetProperty("tokenId").GetString()!, body.GetProperty("token").GetString()!);

        var display = app.Anonymous();
        display.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await display.GetAsync("/api/floor")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await display.PostAsync("/api/alerts/LongHold:c1:1/take", null)).StatusCode);
        await using (var hub = await ConnectAsync(token))
        {
            await hub.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "queue:q1");
            await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "queue:q2"));
        }

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/display-tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await display.GetAsync("/api/floor")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/admin/display-tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("sam.supervisor")).PostAsJsonAsync("/api/admin/display-tokens", new { name = "tv" })).StatusCode);
    }

    [Fact]
    public async Task A_display_token_signs_a_TV_in_once_and_an_invalid_one_is_refused()
    {
        var admin = await app.As("ari.admin");
        var issued = await (await admin.PostAsJsonAsync("/api/admin/display-tokens", new { name = "tv-south" })).Content.ReadFromJsonAsync<JsonElement>();
        var token = issued.GetProperty("token").GetString()!;
        using var tv = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        using var signedIn = await tv.GetAsync($"/account/display?token={token}");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/tv", signedIn.Headers.Location?.OriginalString);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("contactcenter=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Unauthorized, (await tv.GetAsync("/account/display?token=not-a-token")).StatusCode);
    }

    [Fact]
    public async Task A_display_token_scoped_to_a_team_shows_that_team_only_and_opens_its_tv()
    {
        var admin = await app.As("ari.admin");
        var issued = await (await admin.PostAsJsonAsync("/api/admin/display-tokens", new { name = "tv-team-one", teams = new[] { "t1" } })).Content.ReadFromJsonAsync<JsonElement>();
        var token = issued.GetProperty("token").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/admin/display-tokens", new { name = "tv-bad", teams = new[] { "not a team!" } })).StatusCode);

        var (inTeam, otherTeam) = (Wire.NewId("a"), Wire.NewId("a"));
        await app.Connector().GivenAsync(Wire.AgentLoggedIn(inTeam, Wire.Now().AddMinutes(-5), "t1", "q1"), Wire.AgentLoggedIn(otherTeam, Wire.Now().AddMinutes(-5), "t2", "q2"));

        var display = app.Anonymous();
        display.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var floor = await (await display.GetAsync("/api/floor")).Content.ReadFromJsonAsync<JsonElement>();
        var teams = floor.GetProperty("teams").EnumerateArray().ToList();
        var agents = teams.SelectMany(t => t.GetProperty("agents").EnumerateArray()).Select(a => a.GetProperty("agentId").GetString()).ToList();
        Assert.Equal(["t1"], teams.Select(t => t.GetProperty("teamId").GetString()));
        Assert.Contains(inTeam, agents);
        Assert.DoesNotContain(otherTeam, agents);
        Assert.Empty(floor.GetProperty("queues").EnumerateArray());
        await using (var hub = await ConnectAsync(token))
        {
            await hub.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "team:t1");
            await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "team:t2"));
            await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "floor"));
        }

        using var tv = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var signedIn = await tv.GetAsync($"/account/display?token={token}");
        Assert.Equal("/tv?teams=t1", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_caller_number_is_revealed_whole_only_to_a_role_configuration_allows_and_the_reveal_is_audited()
    {
        var call = Wire.NewId("c");
        await app.Connector().GivenAsync(Wire.CallQueued(call, "q1", Wire.Now()));

        var sam = await app.As("sam.supervisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await sam.GetAsync($"/api/calls/{call}/caller-number")).StatusCode);
        var masked = await sam.GetFromJsonAsync<JsonElement>($"/api/calls/{call}");
        Assert.Equal("****0123", masked.GetProperty("callerNumber").GetString());

        var admin = await app.As("ari.admin");
        var revealing = DateTimeOffset.UtcNow;
        var whole = await admin.GetFromJsonAsync<JsonElement>($"/api/calls/{call}/caller-number");
        Assert.Equal(Wire.CallerNumber, whole.GetProperty("number").GetString());
        // The audit of the reveal's day, whichever side of midnight the reveal and the read fall.
        var audit = await admin.AuditOfAsync(call, revealing, DateTimeOffset.UtcNow);
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "caller-number-revealed" && e.GetProperty("actor").GetString() == "ari.admin");
    }

    private async Task<HubConnection> ConnectAsync(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, LiveHosting.HubPath), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
