using System.Net;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>Orleans' dashboard is for admins only, and never shows grain state (whole caller numbers).</summary>
public sealed class OpsDashboardTests(OpsDashboardTests.AppWithOpsDashboard app) : IClassFixture<OpsDashboardTests.AppWithOpsDashboard>
{
    [Fact]
    public async Task Only_an_admin_sees_the_cluster()
    {
        // A browser with no session is sent to sign in, as on every page.
        using var stranger = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var anonymous = await stranger.GetAsync("/ops/orleans/ClusterStats");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        using var supervisor = await (await app.As("sam.supervisor")).GetAsync("/ops/orleans/ClusterStats");
        Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);

        var admin = await app.As("ari.admin");
        var stats = await Eventually.Get(
            async () => (await admin.GetAsync("/ops/orleans/ClusterStats")).StatusCode,
            status => status == HttpStatusCode.OK,
            "the dashboard's first figures");
        Assert.Equal(HttpStatusCode.OK, stats);
        using var page = await admin.GetAsync("/ops/orleans/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Grain_state_is_refused_even_to_an_admin()
    {
        var admin = await app.As("ari.admin");
        using var state = await admin.GetAsync("/ops/orleans/GrainState?grainId=c1&grainType=ContactCenter.Grains.Calls.CallGrain");
        Assert.Equal(HttpStatusCode.NotFound, state.StatusCode);
    }

    public sealed class AppWithOpsDashboard() : FloorApp(new FloorAppOptions("ops-dashboard")
    {
        Settings = new Dictionary<string, string> { ["Orleans:OpsDashboard"] = "true" },
    });
}
