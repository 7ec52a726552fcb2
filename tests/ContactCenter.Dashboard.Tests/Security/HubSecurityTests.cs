using System.Net;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>The hub requires a signed-in user, checks every subscription against the user's scope, and refuses other sites' browsers.</summary>
[Collection(SecuredFloorCollection.Name)]
public sealed class HubSecurityTests(SecuredFloorFixture app)
{
    [Fact]
    public async Task An_anonymous_client_cannot_connect_to_the_hub()
    {
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(app.BaseAddress, LiveHosting.HubPath)).Build();

        var refusal = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refusal.StatusCode);
    }

    [Fact]
    public async Task A_supervisor_subscribes_to_their_team_and_queue_but_not_to_another_team_or_the_whole_floor()
    {
        await using var sam = await ConnectAsync("sam.supervisor");

        await sam.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "team:t1");
        await sam.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "queue:q1");
        await Assert.ThrowsAsync<HubException>(() => sam.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "team:t2"));
        await Assert.ThrowsAsync<HubException>(() => sam.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "floor"));
    }

    [Fact]
    public async Task An_admin_sees_the_whole_floor_and_an_agent_subscribes_to_nothing()
    {
        await using var ari = await ConnectAsync("ari.admin");
        await using var ada = await ConnectAsync("ada.agent");

        await ari.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "floor");
        await ari.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "summary");
        await Assert.ThrowsAsync<HubException>(() => ada.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "team:t1"));
    }

    [Fact]
    public async Task An_agent_subscribes_to_their_own_agent_scope_only()
    {
        await using var ada = await ConnectAsync("ada.agent");
        await using var sam = await ConnectAsync("sam.supervisor");

        var own = await ada.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "agent:a1");
        Assert.Equal("agent:a1", own.Scope);
        await Assert.ThrowsAsync<HubException>(() => ada.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "agent:a2"));
        await Assert.ThrowsAsync<HubException>(() => ada.InvokeAsync<ScopeSnapshotMessage>("Resync", "agent:a2"));
        await Assert.ThrowsAsync<HubException>(() => ada.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "floor"));
        // A supervisor follows agents through their team's scope; the summary shows every queue.
        await Assert.ThrowsAsync<HubException>(() => sam.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "agent:a1"));
        await Assert.ThrowsAsync<HubException>(() => sam.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "summary"));
        await Assert.ThrowsAsync<HubException>(() => ada.InvokeAsync<ScopeSnapshotMessage>("Subscribe", "summary"));
    }

    [Fact]
    public async Task A_browser_from_another_site_is_refused_at_the_hub()
    {
        var token = (await app.SignInAsync("ari.admin")).AccessToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{LiveHosting.HubPath}/negotiate?negotiateVersion=1&access_token={token}");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await app.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HubConnection> ConnectAsync(string user)
    {
        var token = (await app.SignInAsync(user)).AccessToken;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, LiveHosting.HubPath), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
