using System.Net;
using System.Text.Json;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests;

/// <summary>GET /api/audit: who did what to which alert, when.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class AuditApiTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("bad")]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("24-11-2026")]
    [InlineData("2026-11-24T00:00:00Z")]
    [InlineData("")]
    public async Task A_date_not_in_yyyy_MM_dd_is_400_naming_date(string date)
    {
        (await client.GetReplyAsync($"/api/audit?date={Uri.EscapeDataString(date)}")).Error(HttpStatusCode.BadRequest, "date", "invalid");
    }

    [Fact]
    public async Task A_day_without_actions_is_an_empty_list_and_no_date_means_today()
    {
        var quiet = (await client.GetReplyAsync("/api/audit?date=1999-01-01")).Status(HttpStatusCode.OK);
        Assert.Equal(0, quiet.Body.GetArrayLength());
        Assert.Equal(JsonValueKind.Array, (await client.GetReplyAsync("/api/audit")).Status(HttpStatusCode.OK).Body.ValueKind);
    }

    [Fact]
    public async Task Todays_audit_holds_each_of_sams_actions_on_the_alert_with_actor_action_and_detail_in_order()
    {
        var started = DateTimeOffset.UtcNow;
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        (await client.ActAsync(alertId, "take", "sam")).Status(HttpStatusCode.OK);
        (await client.ActAsync(alertId, "join", "sam", """{"mode":"monitor"}""")).Status(HttpStatusCode.OK);
        (await client.ActAsync(alertId, "notes", "sam", """{"text":"caller wants a refund"}""")).Status(HttpStatusCode.OK);
        (await client.ActAsync(alertId, "take", "kim")).Status(HttpStatusCode.Conflict);
        (await client.ActAsync(alertId, "resolve", "sam", """{"note":"called back"}""")).Status(HttpStatusCode.OK);

        var entries = await Eventually.Get(
            () => client.AuditOfAsync(alertId, started, DateTimeOffset.UtcNow),
            e => e.Length >= 4,
            $"four audit entries for {alertId}");

        // A refused action changes nothing, so it is not in the trail.
        Assert.Equal(["alert-taken", "alert-joined", "alert-noted", "alert-resolved"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e =>
        {
            Assert.Equal("sam", e.GetProperty("actor").GetString());
            Assert.Equal("alert", e.GetProperty("targetKind").GetString());
            Assert.Equal(alertId, e.GetProperty("targetId").GetString());
            Assert.InRange(e.GetProperty("at").GetDateTimeOffset(), started.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        });
        Assert.Equal("monitor", entries[1].GetProperty("detail").GetString());
        Assert.Equal("caller wants a refund", entries[2].GetProperty("detail").GetString());
        Assert.Equal("called back", entries[3].GetProperty("detail").GetString());
        var times = entries.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToArray();
        Assert.Equal(times.Order(), times);
    }
}
