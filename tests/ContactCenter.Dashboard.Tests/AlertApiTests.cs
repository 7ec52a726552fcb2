using System.Net;
using System.Text.Json;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests;

/// <summary>The alert inbox and what supervisors do with an alert: take, join, note, snooze, resolve.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class AlertApiTests(FloorApiFixture app)
{
    private const string Sam = "sam";
    private const string Kim = "kim";

    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("bogus")]
    [InlineData("OPEN")]
    [InlineData("closed")]
    public async Task An_unknown_status_filter_is_400_naming_status(string status)
    {
        (await client.GetReplyAsync($"/api/alerts?status={status}")).Error(HttpStatusCode.BadRequest, "status", "invalid");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?status=open")]
    [InlineData("?status=all")]
    public async Task The_inbox_is_a_json_array_with_or_without_a_status(string query)
    {
        var reply = (await client.GetReplyAsync($"/api/alerts{query}")).Status(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Array, reply.Body.ValueKind);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("LongHold")]
    [InlineData("LongHold:c1")]
    [InlineData("LongHold:c1:0")]
    [InlineData("LongHold:c1:-1")]
    [InlineData("LongHold:c1:x")]
    [InlineData("LongHold::1")]
    [InlineData("LongHold:c1:1:2")]
    [InlineData("NoSuchRule:c1:1")]
    [InlineData("longhold:c1:1")]
    [InlineData("1:c1:1")]
    [InlineData("LongHold, RepeatedHold:c1:1")]
    [InlineData("LongHold:a b:1")]
    [InlineData("LongHold:c/1:1")]
    [InlineData("LongHold:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:1")]
    [InlineData("LongHold:c1:99999999999")]
    public async Task A_malformed_alert_id_is_400_for_reads_and_actions(string alertId)
    {
        (await client.GetReplyAsync($"/api/alerts/{Uri.EscapeDataString(alertId)}")).Error(HttpStatusCode.BadRequest, "id", "invalid");
        (await client.ActAsync(alertId, "take", Sam)).Error(HttpStatusCode.BadRequest, "id", "invalid");
        (await client.ActAsync(alertId, "resolve", Sam)).Error(HttpStatusCode.BadRequest, "id", "invalid");
    }

    [Theory]
    [InlineData("LongHold:zzz:1")]
    [InlineData("AssistanceRequested:nobody-here:7")]
    public async Task A_well_formed_unknown_alert_is_404_for_reads_and_actions(string alertId)
    {
        (await client.GetReplyAsync($"/api/alerts/{Uri.EscapeDataString(alertId)}")).Error(HttpStatusCode.NotFound, "id", "not-found");
        (await client.ActAsync(alertId, "take", Sam)).Error(HttpStatusCode.NotFound, "id", "not-found");
        (await client.ActAsync(alertId, "acknowledge", Sam)).Error(HttpStatusCode.NotFound, "id", "not-found");
        (await client.ActAsync(alertId, "notes", Sam, """{"text":"hello"}""")).Error(HttpStatusCode.NotFound, "id", "not-found");
    }

    [Fact]
    public async Task An_earlier_or_later_instance_of_an_existing_alert_is_404()
    {
        var (agent, _) = await client.GivenAgentAskingForHelpAsync();
        (await client.GetReplyAsync($"/api/alerts/AssistanceRequested:{agent}:2")).Error(HttpStatusCode.NotFound, "id", "not-found");
        (await client.ActAsync($"AssistanceRequested:{agent}:2", "take", Sam)).Error(HttpStatusCode.NotFound, "id", "not-found");
    }

    [Theory]
    [InlineData("acknowledge", null)]
    [InlineData("take", null)]
    [InlineData("join", """{"mode":"monitor"}""")]
    [InlineData("notes", """{"text":"hello"}""")]
    [InlineData("snooze", """{"minutes":5}""")]
    [InlineData("resolve", null)]
    public async Task An_action_without_a_valid_X_Supervisor_is_400_and_changes_nothing(string action, string? body)
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        (await client.ActAsync(alertId, action, supervisor: null, body)).Error(HttpStatusCode.BadRequest, "X-Supervisor", "required");
        (await client.ActAsync(alertId, action, supervisor: "", body)).Error(HttpStatusCode.BadRequest, "X-Supervisor", "required");
        (await client.ActAsync(alertId, action, supervisor: "sam smith", body)).Error(HttpStatusCode.BadRequest, "X-Supervisor", "invalid");
        (await client.ActAsync(alertId, action, supervisor: "sam:1", body)).Error(HttpStatusCode.BadRequest, "X-Supervisor", "invalid");
        (await client.ActAsync(alertId, action, Sam, body, operationId: new string('o', 129))).Error(HttpStatusCode.BadRequest, "X-Operation-Id", "too-long");

        var alert = (await client.GetReplyAsync($"/api/alerts/{alertId}")).Status(HttpStatusCode.OK);
        Assert.Equal("open", alert.Text("status"));
        Assert.Equal(0, alert.Body.GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public async Task The_first_supervisor_to_take_an_alert_wins_and_a_second_is_told_who_has_it()
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();

        var taken = (await client.ActAsync(alertId, "take", Sam)).Status(HttpStatusCode.OK);
        Assert.Equal(alertId, taken.Text("alertId"));
        Assert.Equal("taken", taken.Text("status"));
        Assert.Equal(Sam, taken.Text("takenBy"));
        Assert.Equal(Sam, taken.Text("acknowledgedBy"));
        Assert.NotEqual(JsonValueKind.Null, taken.Body.GetProperty("takenAt").ValueKind);

        var refused = (await client.ActAsync(alertId, "take", Kim)).Status(HttpStatusCode.Conflict);
        Assert.Equal("conflict", refused.Text("reason"));
        Assert.Equal(Sam, refused.Text("heldBy"));
        Assert.Contains(Sam, refused.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(Sam, refused.Body.GetProperty("alert").GetProperty("takenBy").GetString());

        // Taking it again is harmless for the holder; every supervisor sees who has it.
        Assert.Equal(Sam, (await client.ActAsync(alertId, "take", Sam)).Status(HttpStatusCode.OK).Text("takenBy"));
        var listed = (await client.FindAlertAsync(alertId))!.Value;
        Assert.Equal("taken", listed.GetProperty("status").GetString());
        Assert.Equal(Sam, listed.GetProperty("takenBy").GetString());
    }

    [Fact]
    public async Task When_two_supervisors_take_at_once_exactly_one_wins_and_the_other_is_told_who()
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        var replies = await Task.WhenAll(client.ActAsync(alertId, "take", Sam), client.ActAsync(alertId, "take", Kim));

        var winner = Assert.Single(replies, r => r.Status == HttpStatusCode.OK);
        var loser = Assert.Single(replies, r => r.Status == HttpStatusCode.Conflict);
        var holder = winner.Text("takenBy");
        Assert.Contains(holder, new[] { Sam, Kim });
        Assert.Equal(holder, loser.Text("heldBy"));
        Assert.Equal(holder, (await client.GetReplyAsync($"/api/alerts/{alertId}")).Text("takenBy"));
    }

    [Theory]
    [InlineData("{}", "mode", "required")]
    [InlineData("""{"mode":null}""", "mode", "required")]
    [InlineData("""{"mode":"teleport"}""", "mode", "invalid")]
    [InlineData("""{"mode":""}""", "mode", "invalid")]
    [InlineData("""{"mode":7}""", "mode", "invalid")]
    [InlineData("""{"mode":1}""", "mode", "invalid")]
    [InlineData("""{"mode":-1}""", "mode", "invalid")]
    [InlineData("""{"mode":["monitor"]}""", "mode", "invalid")]
    [InlineData("", "body", "required")]
    [InlineData("{", "body", "invalid")]
    public async Task A_join_without_a_known_mode_is_400_naming_mode(string body, string field, string reason)
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        (await client.ActAsync(alertId, "join", Sam, body)).Error(HttpStatusCode.BadRequest, field, reason);
        var alert = (await client.GetReplyAsync($"/api/alerts/{alertId}")).Status(HttpStatusCode.OK);
        Assert.Equal(0, alert.Body.GetProperty("joins").GetArrayLength());
        Assert.Equal("open", alert.Text("status"));
    }

    [Fact]
    public async Task Joining_to_monitor_takes_the_alert_and_lists_the_join()
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        (await client.ActAsync(alertId, "take", Sam)).Status(HttpStatusCode.OK);

        var joined = (await client.ActAsync(alertId, "join", Sam, """{"mode":"monitor"}""")).Status(HttpStatusCode.OK);
        Assert.Equal("taken", joined.Text("status"));
        var join = Assert.Single(joined.Body.GetProperty("joins").EnumerateArray());
        Assert.Equal(Sam, join.GetProperty("supervisor").GetString());
        Assert.Equal("monitor", join.GetProperty("mode").GetString());

        // Another supervisor cannot barge into a call someone else holds.
        var refused = (await client.ActAsync(alertId, "join", Kim, """{"mode":"barge"}""")).Status(HttpStatusCode.Conflict);
        Assert.Equal(Sam, refused.Text("heldBy"));
        Assert.Single((await client.GetReplyAsync($"/api/alerts/{alertId}")).Body.GetProperty("joins").EnumerateArray());
    }

    [Fact]
    public async Task Joining_an_open_alert_takes_it_for_the_one_who_joins()
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        var joined = (await client.ActAsync(alertId, "join", Kim, """{"mode":"whisper"}""")).Status(HttpStatusCode.OK);
        Assert.Equal("taken", joined.Text("status"));
        Assert.Equal(Kim, joined.Text("takenBy"));
        Assert.Equal("whisper", Assert.Single(joined.Body.GetProperty("joins").EnumerateArray()).GetProperty("mode").GetString());
    }

    [Theory]
    [InlineData("{}", "text", "required")]
    [InlineData("""{"text":""}""", "text", "required")]
    [InlineData("""{"text":"   "}""", "text", "required")]
    [InlineData("""{"text":null}""", "text", "required")]
    [InlineData("""{"text":12}""", "text", "invalid")]
    [InlineData("", "body", "required")]
    public async Task A_note_without_text_is_400_naming_text(string body, string field, string reason)
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        (await client.ActAsync(alertId, "notes", Sam, body)).Error(HttpStatusCode.BadRequest, field, reason);
    }

    [Fact]
    public async Task A_note_over_2000_characters_is_400_too_long_and_a_note_is_kept_trimmed_with_its_author()
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        (await client.ActAsync(alertId, "notes", Sam, $$"""{"text":"{{new string('n', 2001)}}"}""")).Error(HttpStatusCode.BadRequest, "text", "too-long");

        var noted = (await client.ActAsync(alertId, "notes", Sam, """{"text":"  customer calmer now  "}""")).Status(HttpStatusCode.OK);
        var note = Assert.Single(noted.Body.GetProperty("notes").EnumerateArray());
        Assert.Equal("customer calmer now", note.GetProperty("text").GetString());
        Assert.Equal(Sam, note.GetProperty("supervisor").GetString());

        var longest = (await client.ActAsync(alertId, "notes", Kim, $$"""{"text":"{{new string('n', 2000)}}"}""")).Status(HttpStatusCode.OK);
        Assert.Equal(2, longest.Body.GetProperty("notes").GetArrayLength());
    }

    [Theory]
    [InlineData("{}", "required")]
    [InlineData("""{"minutes":null}""", "required")]
    [InlineData("""{"minutes":0}""", "invalid")]
    [InlineData("""{"minutes":999}""", "invalid")]
    [InlineData("""{"minutes":31}""", "invalid")]
    [InlineData("""{"minutes":-5}""", "invalid")]
    [InlineData("""{"minutes":1.5}""", "invalid")]
    [InlineData("""{"minutes":"five"}""", "invalid")]
    [InlineData("""{"minutes":99999999999}""", "invalid")]
    public async Task A_snooze_without_minutes_from_1_to_30_is_400_naming_minutes(string body, string reason)
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        (await client.ActAsync(alertId, "snooze", Sam, body)).Error(HttpStatusCode.BadRequest, "minutes", reason);
        Assert.Equal("open", (await client.GetReplyAsync($"/api/alerts/{alertId}")).Text("status"));
    }

    [Fact]
    public async Task A_snooze_sets_the_alert_aside_until_the_minutes_pass_and_only_its_holder_may_snooze_it()
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        (await client.ActAsync(alertId, "take", Sam)).Status(HttpStatusCode.OK);
        (await client.ActAsync(alertId, "snooze", Kim, """{"minutes":5}""")).Status(HttpStatusCode.Conflict);

        var before = DateTimeOffset.UtcNow;
        var snoozed = (await client.ActAsync(alertId, "snooze", Sam, """{"minutes":5}""")).Status(HttpStatusCode.OK);
        Assert.Equal("snoozed", snoozed.Text("status"));
        var until = snoozed.Body.GetProperty("snoozedUntil").GetDateTimeOffset();
        Assert.InRange(until, before.AddMinutes(5).AddSeconds(-2), DateTimeOffset.UtcNow.AddMinutes(5).AddSeconds(2));
    }

    [Fact]
    public async Task Resolving_is_for_the_holder_only_it_lowers_the_agents_hand_and_resolving_again_is_409()
    {
        var (agent, alertId) = await client.GivenAgentAskingForHelpAsync();
        (await client.ActAsync(alertId, "take", Sam)).Status(HttpStatusCode.OK);

        var refused = (await client.ActAsync(alertId, "resolve", Kim, """{"note":"mine now"}""")).Status(HttpStatusCode.Conflict);
        Assert.Equal("conflict", refused.Text("reason"));
        Assert.Equal(Sam, refused.Text("heldBy"));

        var resolved = (await client.ActAsync(alertId, "resolve", Sam, """{"note":"called back"}""")).Status(HttpStatusCode.OK);
        Assert.Equal("resolved", resolved.Text("status"));
        Assert.Equal(Sam, resolved.Text("resolvedBy"));
        Assert.NotEqual(JsonValueKind.Null, resolved.Body.GetProperty("resolvedAt").ValueKind);
        Assert.Contains(resolved.Body.GetProperty("notes").EnumerateArray(), n => n.GetProperty("text").GetString() == "called back");
        Assert.False(resolved.Body.GetProperty("isActive").GetBoolean());

        var again = (await client.ActAsync(alertId, "resolve", Sam)).Status(HttpStatusCode.Conflict);
        Assert.Equal("invalid-state", again.Text("reason"));
        Assert.Contains("resolved", again.Text("detail"), StringComparison.Ordinal);

        // Resolving an assistance alert lowers the agent's hand (one-way, so it lands shortly after).
        var agentNow = await Eventually.Get(
            () => client.GetReplyAsync($"/api/agents/{agent}"),
            r => r.Status == HttpStatusCode.OK && r.Body.GetProperty("assistance").ValueKind == JsonValueKind.Null,
            "the agent's hand lowered");
        Assert.Equal("available", agentNow.Text("state"));

        // It leaves the open inbox and stays resolved (the hand coming down does not turn it into "cleared").
        await Eventually.Get(() => client.FindAlertAsync(alertId), a => a is null, $"{alertId} gone from the open inbox");
        var closed = (await client.FindAlertAsync(alertId, status: "all"))!.Value;
        Assert.Equal("resolved", closed.GetProperty("status").GetString());
        Assert.Equal("resolved", (await client.GetReplyAsync($"/api/alerts/{alertId}")).Text("status"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("""{"note":null}""")]
    [InlineData("""{"note":"   "}""")]
    public async Task A_resolve_needs_no_note(string? body)
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        var resolved = (await client.ActAsync(alertId, "resolve", Sam, body)).Status(HttpStatusCode.OK);
        Assert.Equal("resolved", resolved.Text("status"));
        Assert.Equal(0, resolved.Body.GetProperty("notes").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"note":"<long>"}""", "note", "too-long")]
    [InlineData("""{"note":5}""", "note", "invalid")]
    [InlineData("""{"note":""", null, "invalid")]
    public async Task A_bad_resolve_body_is_400_and_resolves_nothing(string body, string? field, string reason)
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        var reply = await client.ActAsync(alertId, "resolve", Sam, body.Replace("<long>", new string('n', 2001), StringComparison.Ordinal));
        if (field is null)
        {
            reply.Status(HttpStatusCode.BadRequest);
            Assert.Equal(reason, reply.Text("reason"));
        }
        else
        {
            reply.Error(HttpStatusCode.BadRequest, field, reason);
        }

        Assert.Equal("open", (await client.GetReplyAsync($"/api/alerts/{alertId}")).Text("status"));
    }

    [Fact]
    public async Task Retrying_an_acknowledge_with_the_same_operation_id_is_harmless()
    {
        var (_, alertId) = await client.GivenAgentAskingForHelpAsync();
        var started = DateTimeOffset.UtcNow;
        var operation = Guid.NewGuid().ToString("N");

        var first = (await client.ActAsync(alertId, "acknowledge", Sam, operationId: operation)).Status(HttpStatusCode.OK);
        Assert.Equal("acknowledged", first.Text("status"));
        Assert.Equal(Sam, first.Text("acknowledgedBy"));

        var retry = (await client.ActAsync(alertId, "acknowledge", Sam, operationId: operation)).Status(HttpStatusCode.OK);
        Assert.Equal("acknowledged", retry.Text("status"));
        Assert.Equal(first.Body.GetProperty("updatedAt").GetDateTimeOffset(), retry.Body.GetProperty("updatedAt").GetDateTimeOffset());

        // One acknowledgement in the audit trail, not two.
        var audit = await client.AuditOfAsync(alertId, started, DateTimeOffset.UtcNow);
        Assert.Single(audit, e => e.GetProperty("action").GetString() == "alert-acknowledged");
    }
}
