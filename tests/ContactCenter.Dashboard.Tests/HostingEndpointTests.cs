using System.Net;
using ContactCenter.Dashboard.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Tests;

/// <summary>What operations and API clients use: health, the OpenAPI document, metrics.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class HostingEndpointTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    /// <summary>
    /// A watched appsettings.json had inotify watch the content root and every folder below it,
    /// data/ with the SQLite files included: each commit woke the watcher's thread.
    /// </summary>
    [Fact]
    public void Only_the_profile_is_watched_not_the_content_root_that_holds_the_data()
    {
        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();
        var files = configuration.Providers.OfType<JsonConfigurationProvider>().Select(p => p.Source).ToList();

        Assert.Contains(files, f => f.Path == "appsettings.json");
        var watched = Assert.Single(files, f => f.ReloadOnChange);
        Assert.Equal("local.json", watched.Path);
    }

    /// <summary>A log level or anything else set in the profile is not undone by appsettings.json's defaults.</summary>
    [Fact]
    public void The_profile_overrides_appsettings_json_and_yields_to_the_environment()
    {
        var providers = ((IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>()).Providers.ToList();
        int At(Func<IConfigurationProvider, bool> match) => providers.FindLastIndex(p => match(p));

        var profile = At(p => p is JsonConfigurationProvider { Source.Path: "local.json" });
        Assert.True(profile > At(p => p is JsonConfigurationProvider { Source.Path: "appsettings.json" }), "appsettings.json is read after the profile");
        Assert.True(profile < At(p => p is Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationProvider), "the profile is read after the environment");
    }

    [Fact]
    public async Task Liveness_answers_200_healthy()
    {
        var reply = (await client.GetReplyAsync("/health/live")).Status(HttpStatusCode.OK);
        Assert.Equal("Healthy", reply.Raw);
    }

    [Fact]
    public async Task Readiness_reports_the_floor_and_the_clusters_membership_by_silo_status()
    {
        var reply = (await client.GetReplyAsync("/health/ready")).Status(HttpStatusCode.OK);

        Assert.Equal("Healthy", reply.Text("status"));
        var checks = reply.Body.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("floor").GetProperty("status").GetString());
        var membership = checks.GetProperty("membership");
        Assert.Equal("1 of 1 silos active", membership.GetProperty("description").GetString());
        var count = Assert.Single(membership.GetProperty("data").EnumerateObject());
        Assert.Equal(("active", 1), (count.Name, count.Value.GetInt32()));
        Assert.DoesNotContain("127.0.0.1", reply.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_event_api_and_the_alert_actions()
    {
        var reply = (await client.GetReplyAsync("/openapi/v1.json")).Status(HttpStatusCode.OK);
        var paths = reply.Body.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/events", "/api/floor", "/api/queues/{id}", "/api/queues/{id}/stats", "/api/agents/{id}", "/api/calls/{id}",
            "/api/alerts", "/api/alerts/{id}", "/api/alerts/{id}/acknowledge", "/api/alerts/{id}/take", "/api/alerts/{id}/join",
            "/api/alerts/{id}/notes", "/api/alerts/{id}/snooze", "/api/alerts/{id}/resolve", "/api/agents/{id}/assistance", "/api/audit",
            "/api/reports/queues/{id}/intervals.csv", "/api/reports/agents/{id}/days.csv",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        }

        Assert.True(paths.GetProperty("/api/events").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/alerts/{id}/take").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task Metrics_are_scraped_in_prometheus_text_and_count_posted_events()
    {
        await client.GivenAsync(Wire.CallQueued(Wire.NewId("c"), Wire.NewId("q"), Wire.Now()));
        var reply = await Eventually.Get(
            () => client.GetReplyAsync("/metrics"),
            r => r.Status == HttpStatusCode.OK && r.Raw.Contains("contactcenter_events", StringComparison.Ordinal),
            "the ingestion counter in /metrics");
        Assert.Contains("outcome=\"accepted\"", reply.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_serves_the_wall_board_page()
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("components-reconnect-modal", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_path_is_404_not_500()
    {
        var reply = await client.GetReplyAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }
}
