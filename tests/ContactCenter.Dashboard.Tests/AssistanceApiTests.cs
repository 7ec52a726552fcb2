using System.Net;
using System.Text.Json;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests;

/// <summary>POST and DELETE /api/agents/{id}/assistance: an agent's raised hand and the alert it raises.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class AssistanceApiTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Raising_a_hand_makes_a_critical_AssistanceRequested_alert_appear_in_the_inbox()
    {
        var (agent, team, queue) = (Wire.NewId("a"), Wire.NewId("t"), Wire.NewId("q"));
        var started = DateTimeOffset.UtcNow;
        await client.GivenAsync(Wire.AgentLoggedIn(agent, Wire.Now().AddMinutes(-5), team, queue));

        var raised = (await client.RaiseHandAsync(agent, "  abusive caller  ")).Status(HttpStatusCode.OK);
        Assert.Equal(agent, raised.Text("agentId"));
        var hand = raised.Body.GetProperty("assistance");
        Assert.Equal("abusive caller", hand.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, hand.GetProperty("callId").ValueKind);

        var alertId = $"AssistanceRequested:{agent}:1";
        var listed = (await Eventually.Get(() => client.FindAlertAsync(alertId), a => a is not null, $"{alertId} in GET /api/alerts"))!.Value;
        Assert.Equal("AssistanceRequested", listed.GetProperty("rule").GetString());
        Assert.Equal("critical", listed.GetProperty("severity").GetString());
        Assert.Equal("open", listed.GetProperty("status").GetString());
        Assert.Equal("agent", listed.GetProperty("subjectKind").GetString());
        Assert.Equal(agent, listed.GetProperty("subjectId").GetString());
        Assert.Equal(agent, listed.GetProperty("agentId").GetString());
        Assert.Equal(team, listed.GetProperty("teamId").GetString());
        Assert.Equal("team", listed.GetProperty("audience").GetString());
        Assert.Contains("abusive caller", listed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("takenBy").ValueKind);

        var single = (await client.GetReplyAsync($"/api/alerts/{Uri.EscapeDataString(alertId)}")).Status(HttpStatusCode.OK);
        Assert.Equal(alertId, single.Text("alertId"));
        Assert.Equal("critical", single.Text("severity"));

        // The whole floor shows it too, and the agent's own raising is in the audit trail.
        var floor = (await client.GetReplyAsync("/api/floor")).Status(HttpStatusCode.OK);
        Assert.Contains(floor.Body.GetProperty("openAlerts").EnumerateArray(), a => a.GetProperty("alertId").GetString() == alertId);
        var audit = await client.AuditOfAsync(agent, started, DateTimeOffset.UtcNow);
        var entry = Assert.Single(audit, e => e.GetProperty("action").GetString() == "assistance-requested");
        Assert.Equal(agent, entry.GetProperty("actor").GetString());
        Assert.Equal("agent", entry.GetProperty("targetKind").GetString());
        Assert.Equal("abusive caller", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_hand_raised_on_a_call_flags_the_call_and_names_it_in_the_alert()
    {
        var (agent, queue, call) = (Wire.NewId("a"), Wire.NewId("q"), Wire.NewId("c"));
        var now = Wire.Now();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.CallQueued(call, queue, now.AddSeconds(-60)),
            Wire.CallAnswered(call, agent, now.AddSeconds(-50)));

        var raised = (await client.RaiseHandAsync(agent, "customer demands a manager", call)).Status(HttpStatusCode.OK);
        Assert.Equal(call, raised.Body.GetProperty("assistance").GetProperty("callId").GetString());

        var alertId = $"AssistanceRequested:{agent}:1";
        var alert = (await Eventually.Get(() => client.FindAlertAsync(alertId), a => a is not null, $"{alertId} listed"))!.Value;
        Assert.Equal(call, alert.GetProperty("callId").GetString());
        Assert.Equal(queue, alert.GetProperty("queueId").GetString());

        var callReply = await Eventually.Get(
            () => client.GetReplyAsync($"/api/calls/{call}"),
            r => r.Status == HttpStatusCode.OK && r.Body.GetProperty("flags").EnumerateArray().Any(f => f.GetString() == "assistance: customer demands a manager"),
            "the call flagged with the assistance reason");
        Assert.Equal("talking", callReply.Text("state"));
    }

    [Fact]
    public async Task A_hand_naming_a_call_the_agent_is_not_on_is_409_and_flags_nothing()
    {
        var (agent, other, queue, mine, theirs) = (Wire.NewId("a"), Wire.NewId("a"), Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("c"));
        var now = Wire.Now();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.AgentLoggedIn(other, now.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.CallQueued(mine, queue, now.AddSeconds(-60)),
            Wire.CallAnswered(mine, agent, now.AddSeconds(-50)),
            Wire.CallQueued(theirs, queue, now.AddSeconds(-40)),
            Wire.CallAnswered(theirs, other, now.AddSeconds(-30)));

        (await client.RaiseHandAsync(agent, "other", theirs)).Error(HttpStatusCode.Conflict, "callId", "not-on-call");

        var call = (await client.GetReplyAsync($"/api/calls/{theirs}")).Status(HttpStatusCode.OK);
        Assert.Empty(call.Body.GetProperty("flags").EnumerateArray());
        var agentReply = (await client.GetReplyAsync($"/api/agents/{agent}")).Status(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, agentReply.Body.GetProperty("assistance").ValueKind);
    }

    [Fact]
    public async Task An_agent_with_no_team_is_shown_under_the_unassigned_team_with_its_alerts()
    {
        var agent = Wire.NewId("a");
        await client.GivenAsync(Wire.AgentLoggedIn(agent, Wire.Now().AddMinutes(-5), null, Wire.NewId("q")));

        (await client.RaiseHandAsync(agent, "technical problem")).Status(HttpStatusCode.OK);

        var alertId = $"AssistanceRequested:{agent}:1";
        var alert = (await Eventually.Get(() => client.FindAlertAsync(alertId), a => a is not null, $"{alertId} listed"))!.Value;
        Assert.Equal("unassigned", alert.GetProperty("teamId").GetString());
        var floor = (await client.GetReplyAsync("/api/floor")).Status(HttpStatusCode.OK);
        var team = floor.Body.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("teamId").GetString() == "unassigned");
        Assert.Contains(team.GetProperty("agents").EnumerateArray(), a => a.GetProperty("agentId").GetString() == agent);
    }

    [Fact]
    public async Task Raising_the_hand_of_an_unknown_agent_is_404()
    {
        (await client.RaiseHandAsync(Wire.NewId("nobody"), "abusive caller")).Error(HttpStatusCode.NotFound, "id", "not-found");
    }

    [Theory]
    [InlineData("a:b")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task Raising_or_lowering_the_hand_of_a_malformed_agent_id_is_400(string id)
    {
        (await client.RaiseHandAsync(id, "abusive caller")).Error(HttpStatusCode.BadRequest, "id", "invalid");
        (await client.DeleteReplyAsync($"/api/agents/{Uri.EscapeDataString(id)}/assistance")).Error(HttpStatusCode.BadRequest, "id", "invalid");
    }

    [Theory]
    [InlineData("{}", "reason", "required")]
    [InlineData("""{"reason":null}""", "reason", "required")]
    [InlineData("""{"reason":""}""", "reason", "required")]
    [InlineData("""{"reason":"   "}""", "reason", "required")]
    [InlineData("""{"reason":42}""", "reason", "invalid")]
    [InlineData("""{"reason":"help","callId":"a:b"}""", "callId", "invalid")]
    [InlineData("""{"reason":"help","callId":""}""", "callId", "invalid")]
    [InlineData("""{"reason":"help","callId":7}""", "callId", "invalid")]
    [InlineData("", "body", "required")]
    [InlineData("null", "body", "required")]
    [InlineData("""{"reason":""", null, "invalid")]
    [InlineData("{not json", null, "invalid")]
    [InlineData("[]", null, "invalid")]
    [InlineData("\"help\"", null, "invalid")]
    public async Task A_bad_assistance_body_is_400_naming_the_field(string body, string? field, string reason)
    {
        var agent = await GivenAgentAsync();
        var reply = await client.PostJsonAsync($"/api/agents/{agent}/assistance", body);
        if (field is null)
        {
            reply.Status(HttpStatusCode.BadRequest);
            Assert.Equal(reason, reply.Text("reason"));
            Assert.False(string.IsNullOrWhiteSpace(reply.Text("field")), reply.ToString());
            Assert.False(string.IsNullOrWhiteSpace(reply.Text("detail")), reply.ToString());
        }
        else
        {
            reply.Error(HttpStatusCode.BadRequest, field, reason);
        }

        // Nothing was raised.
        var agentNow = (await client.GetReplyAsync($"/api/agents/{agent}")).Status(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, agentNow.Body.GetProperty("assistance").ValueKind);
    }

    [Fact]
    public async Task A_reason_over_256_characters_is_400_too_long_and_one_of_256_is_taken()
    {
        var agent = await GivenAgentAsync();
        (await client.RaiseHandAsync(agent, new string('r', 257))).Error(HttpStatusCode.BadRequest, "reason", "too-long");
        var taken = (await client.RaiseHandAsync(agent, new string('r', 256))).Status(HttpStatusCode.OK);
        Assert.Equal(256, taken.Body.GetProperty("assistance").GetProperty("reason").GetString()!.Length);
    }

    [Fact]
    public async Task A_body_over_16_KB_is_413()
    {
        var agent = await GivenAgentAsync();
        var reply = await client.PostJsonAsync($"/api/agents/{agent}/assistance", $$"""{"reason":"{{new string('r', 17_000)}}"}""");
        reply.Error(HttpStatusCode.RequestEntityTooLarge, "body", "too-large");
    }

    [Fact]
    public async Task A_body_nested_too_deep_is_400_not_500()
    {
        var agent = await GivenAgentAsync();
        var body = """{"reason":"help","extra":""" + new string('[', 200) + new string(']', 200) + "}";
        var reply = (await client.PostJsonAsync($"/api/agents/{agent}/assistance", body)).Status(HttpStatusCode.BadRequest);
        Assert.Equal("invalid", reply.Text("reason"));
    }

    [Fact]
    public async Task Lowering_the_hand_answers_the_agent_with_no_assistance_and_clears_the_alert()
    {
        var (agent, alertId) = await client.GivenAgentAskingForHelpAsync();
        var lowered = (await client.DeleteReplyAsync($"/api/agents/{agent}/assistance")).Status(HttpStatusCode.OK);
        Assert.Equal(agent, lowered.Text("agentId"));
        Assert.Equal(JsonValueKind.Null, lowered.Body.GetProperty("assistance").ValueKind);

        await Eventually.Get(() => client.FindAlertAsync(alertId), a => a is null, $"{alertId} gone from the open alerts");
        var cleared = await Eventually.Get(
            () => client.GetReplyAsync($"/api/alerts/{Uri.EscapeDataString(alertId)}"),
            r => r.Status == HttpStatusCode.OK && r.Text("status") == "cleared",
            $"{alertId} cleared");
        Assert.NotEqual(JsonValueKind.Null, cleared.Body.GetProperty("clearedAt").ValueKind);

        // Lowering again is harmless.
        var again = (await client.DeleteReplyAsync($"/api/agents/{agent}/assistance")).Status(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, again.Body.GetProperty("assistance").ValueKind);
    }

    [Fact]
    public async Task Lowering_the_hand_of_an_unknown_agent_is_404()
    {
        (await client.DeleteReplyAsync($"/api/agents/{Wire.NewId("nobody")}/assistance")).Error(HttpStatusCode.NotFound, "id", "not-found");
    }

    private async Task<string> GivenAgentAsync()
    {
        var agent = Wire.NewId("a");
        await client.GivenAsync(Wire.AgentLoggedIn(agent, Wire.Now().AddMinutes(-1), Wire.NewId("t"), Wire.NewId("q")));
        return agent;
    }
}
