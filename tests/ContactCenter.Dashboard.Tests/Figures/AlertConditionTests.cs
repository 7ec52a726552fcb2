using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>Snoozes, raised hands and the service-level alert: an alert follows its condition, not the calendar or an old answer.</summary>
[Collection(FloorClockCollection.Name)]
public sealed class AlertConditionTests(FloorClockFixture app)
{
    private const string Sam = "sam";

    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_snoozed_warning_that_turns_critical_comes_back_open_and_widens_like_any_open_critical()
    {
        var (agent, queue) = (Wire.NewId("xa"), Wire.NewId("qa1"));
        var now = app.Daytime();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-40), "t1", queue),
            Wire.AgentStateChanged(agent, "wrap-up", now.AddSeconds(-200)));
        var alert = $"LongWrapUp:{agent}:1";
        await client.AlertWhenAsync(alert, a => a.Str("severity") == "warning", "LongWrapUp warning at 180 s");

        (await client.ActAsync(alert, "snooze", Sam, """{"minutes":10}""")).Status(HttpStatusCode.OK);
        app.Advance(99);
        Assert.Equal("snoozed", (await client.AlertAsync(alert)).Str("status"));

        app.Advance(1);
        var critical = await client.AlertWhenAsync(alert, a => a.Str("severity") == "critical", "critical at 300 s");
        Assert.Equal(("open", null), (critical.Str("status"), critical.Str("snoozedUntil")));
        Assert.Equal("team", critical.Str("audience"));

        app.Advance(120);
        await client.AlertWhenAsync(alert, a => a.Str("audience") == "floor", "the whole floor 2 min after turning critical");
    }

    [Fact]
    public async Task A_new_hand_after_a_resolve_is_a_new_open_alert_with_its_own_call_reason_and_time()
    {
        var (agent, queue, first, second) = (Wire.NewId("xa1"), Wire.NewId("qa1"), Wire.NewId("xc"), Wire.NewId("xc"));
        var now = app.Daytime();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-40), "t1", queue),
            Wire.CallQueued(first, queue, now.AddSeconds(-120)),
            Wire.CallAnswered(first, agent, now.AddSeconds(-110)));
        (await client.RaiseHandAsync(agent, "abusive caller", first)).Status(HttpStatusCode.OK);
        var old = $"AssistanceRequested:{agent}:1";
        await client.AlertWhenAsync(old, a => a.Str("status") == "open", "the first hand");
        (await client.ActAsync(old, "take", Sam)).Status(HttpStatusCode.OK);
        (await client.ActAsync(old, "resolve", Sam, """{"note":"calmed down"}""")).Status(HttpStatusCode.OK);
        await Eventually.Get(() => client.AgentAsync(agent), a => a.GetProperty("assistance").ValueKind == System.Text.Json.JsonValueKind.Null, "the hand lowered by the resolve");

        app.Advance(40);
        var later = app.Now;
        await client.GivenAsync(
            Wire.CallEnded(first, later.AddSeconds(-20)),
            Wire.CallQueued(second, queue, later.AddSeconds(-15)),
            Wire.CallAnswered(second, agent, later.AddSeconds(-10)));
        (await client.RaiseHandAsync(agent, "refund beyond my authority", second)).Status(HttpStatusCode.OK);

        var fresh = await client.AlertWhenAsync($"AssistanceRequested:{agent}:2", a => a.Str("status") == "open", "a new alert for the new hand");
        Assert.Null(fresh.Str("takenBy"));
        Assert.Equal(second, fresh.Str("callId"));
        Assert.Equal(later, fresh.GetProperty("since").GetDateTimeOffset());
        Assert.Contains("refund beyond my authority", fresh.Str("detail"));
        var closed = (await client.FindAlertAsync(old, "all"))!.Value;
        Assert.Equal(("resolved", first, Sam), (closed.Str("status"), closed.Str("callId"), closed.Str("takenBy")));
    }

    [Fact]
    public async Task A_service_level_alert_stays_one_alert_with_its_acknowledgement_across_an_interval_start()
    {
        var (queue, agent) = (Wire.NewId("qa"), Wire.NewId("xa"));
        var now = app.MoveTo(new TimeOnly(10, 12));
        var batch = new List<JsonObject> { Wire.AgentLoggedIn(agent, now.AddMinutes(-40), "t1", queue) };
        for (var k = 0; k < 10; k++)
        {
            // 10 calls since 10:00, 7 answered within T: 70 % against 80 %.
            var (call, at) = (Wire.NewId("xc"), now.AddMinutes(-12).AddSeconds(60 * k));
            batch.AddRange([Wire.CallQueued(call, queue, at), Wire.CallAnswered(call, agent, at.AddSeconds(k < 7 ? 5 : 40)), Wire.CallEnded(call, at.AddSeconds(50))]);
        }

        await client.GivenAsync([.. batch]);
        var alert = $"ServiceLevel:{queue}:1";
        await client.AlertWhenAsync(alert, a => a.Str("status") == "open", "ServiceLevel below target");
        (await client.ActAsync(alert, "acknowledge", Sam)).Status(HttpStatusCode.OK);

        app.Advance(4 * 60);
        var carried = await client.AlertAsync(alert);
        Assert.Equal(("acknowledged", Sam), (carried.Str("status"), carried.Str("acknowledgedBy")));
        (await client.GetReplyAsync($"/api/alerts/ServiceLevel:{queue}:2")).Status(HttpStatusCode.NotFound);
    }
}
