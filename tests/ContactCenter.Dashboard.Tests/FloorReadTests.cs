using System.Net;
using System.Text.Json;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests;

/// <summary>GET /api/floor, /api/queues/{id}, /api/agents/{id}, /api/calls/{id}: what supervisors read.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class FloorReadTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_floor_shows_a_posted_queue_with_its_waiting_calls_and_the_caller_number_masked_everywhere()
    {
        var (queue, vip, regular) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("c"));
        var now = Wire.Now();
        await client.GivenAsync(
            Wire.CallQueued(vip, queue, now.AddSeconds(-8), tier: "vip"),
            Wire.CallQueued(regular, queue, now.AddSeconds(-4), tier: "high-value"));

        var floor = (await client.GetReplyAsync("/api/floor")).Status(HttpStatusCode.OK);
        var listed = floor.Body.GetProperty("queues").EnumerateArray().Single(q => q.GetProperty("queueId").GetString() == queue);
        Assert.Equal(2, listed.GetProperty("waitingCount").GetInt32());
        Assert.True(listed.GetProperty("longestWaitSeconds").GetDouble() >= 7.5, listed.ToString());
        var waiting = listed.GetProperty("waiting").EnumerateArray().ToArray();
        Assert.Equal([vip, regular], waiting.Select(c => c.GetProperty("callId").GetString()));
        Assert.All(waiting, c => Assert.Equal(Wire.MaskedCallerNumber, c.GetProperty("callerNumber").GetString()));
        Assert.Equal(["vip", "high-value"], waiting.Select(c => c.GetProperty("customerTier").GetString()));
        Assert.All(waiting, c => Assert.Equal("queued", c.GetProperty("state").GetString()));
        var sameDay = Wire.SameUtcDay(now.AddSeconds(-8), DateTimeOffset.UtcNow);
        Assert.True(!sameDay || floor.Body.GetProperty("today").GetProperty("offered").GetInt32() >= 2, floor.ToString());

        var single = (await client.GetReplyAsync($"/api/queues/{queue}")).Status(HttpStatusCode.OK);
        sameDay = Wire.SameUtcDay(now.AddSeconds(-8), DateTimeOffset.UtcNow);
        Assert.Equal(queue, single.Text("queueId"));
        Assert.Equal(2, single.Body.GetProperty("waitingCount").GetInt32());
        Assert.All(single.Body.GetProperty("waiting").EnumerateArray(), c => Assert.Equal(Wire.MaskedCallerNumber, c.GetProperty("callerNumber").GetString()));
        Assert.True(!sameDay || single.Body.GetProperty("today").GetProperty("offered").GetInt32() == 2, single.ToString());
        Assert.Equal(20, single.Body.GetProperty("serviceLevelSeconds").GetDouble());

        var call = (await client.GetReplyAsync($"/api/calls/{vip}")).Status(HttpStatusCode.OK);
        Assert.Equal(Wire.MaskedCallerNumber, call.Text("callerNumber"));
        Assert.Equal("vip", call.Text("customerTier"));
        Assert.Equal("inbound", call.Text("direction"));
        Assert.Equal(queue, call.Text("queueId"));

        // No part of the whole number anywhere: not in the floor, the queue or the call. (Searched
        // with its spacing: a bare "7946" also turns up inside a duration such as 7.37946.)
        foreach (var reply in new[] { floor, single, call })
        {
            Assert.DoesNotContain("20 7946", reply.Raw, StringComparison.Ordinal);
            Assert.DoesNotContain("+44", reply.Raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_logged_in_agent_reads_back_with_its_team_queues_and_state()
    {
        var (agent, team, queue) = (Wire.NewId("a"), Wire.NewId("t"), Wire.NewId("q"));
        await client.GivenAsync(Wire.AgentLoggedIn(agent, Wire.Now().AddMinutes(-3), team, queue));

        var reply = (await client.GetReplyAsync($"/api/agents/{agent}")).Status(HttpStatusCode.OK);
        Assert.Equal(agent, reply.Text("agentId"));
        Assert.Equal("Agent " + agent, reply.Text("name"));
        Assert.Equal(team, reply.Text("teamId"));
        Assert.Equal([queue], reply.Body.GetProperty("queues").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal("available", reply.Text("state"));
        Assert.True(reply.Body.GetProperty("timeInStateSeconds").GetDouble() >= 179, reply.ToString());
        Assert.Equal(JsonValueKind.Null, reply.Body.GetProperty("assistance").ValueKind);

        // The agent's team shows on the floor with the agent in it.
        var floor = (await client.GetReplyAsync("/api/floor")).Status(HttpStatusCode.OK);
        var listed = floor.Body.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("teamId").GetString() == team);
        Assert.Equal(agent, Assert.Single(listed.GetProperty("agents").EnumerateArray()).GetProperty("agentId").GetString());
        Assert.Equal(1, listed.GetProperty("staffing").GetProperty("available").GetInt32());
    }

    [Theory]
    [InlineData("/api/queues/{0}")]
    [InlineData("/api/queues/{0}/stats")]
    [InlineData("/api/agents/{0}")]
    [InlineData("/api/calls/{0}")]
    public async Task An_unknown_id_is_404_naming_the_id(string template)
    {
        var reply = await client.GetReplyAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Wire.NewId("nobody")));
        reply.Error(HttpStatusCode.NotFound, "id", "not-found");
    }

    [Theory]
    [InlineData("/api/queues/{0}", "a:b")]
    [InlineData("/api/queues/{0}/stats", "a:b")]
    [InlineData("/api/agents/{0}", "a:b")]
    [InlineData("/api/calls/{0}", "a:b")]
    [InlineData("/api/queues/{0}", "65")]
    [InlineData("/api/queues/{0}/stats", "65")]
    [InlineData("/api/agents/{0}", "65")]
    [InlineData("/api/calls/{0}", "65")]
    [InlineData("/api/calls/{0}", "a b")]
    [InlineData("/api/agents/{0}", "d\u00e9j\u00e0")]
    [InlineData("/api/queues/{0}", "<script>")]
    public async Task A_malformed_id_is_400_naming_the_id(string template, string id)
    {
        if (id == "65")
        {
            id = new string('x', 65);
        }

        var reply = await client.GetReplyAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(id)));
        reply.Error(HttpStatusCode.BadRequest, "id", "invalid");
    }

    [Fact]
    public async Task An_id_of_exactly_64_characters_is_well_formed()
    {
        var reply = await client.GetReplyAsync($"/api/calls/{new string('y', 63)}{Guid.NewGuid().ToString("N")[..1]}");
        reply.Error(HttpStatusCode.NotFound, "id", "not-found");
    }

    [Fact]
    public async Task A_call_held_30_seconds_ago_shows_on_hold_with_its_running_hold_and_fixed_wait_and_talk()
    {
        var (queue, call, agent) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("a"));
        var now = Wire.Now();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-10), Wire.NewId("t"), queue),
            Wire.CallQueued(call, queue, now.AddSeconds(-120)),
            Wire.CallOffered(call, agent, now.AddSeconds(-112)),
            Wire.CallAnswered(call, agent, now.AddSeconds(-100)),
            Wire.CallHeld(call, now.AddSeconds(-80)),
            Wire.CallResumed(call, now.AddSeconds(-70)),
            Wire.CallHeld(call, now.AddSeconds(-30)));

        var reply = (await client.GetReplyAsync($"/api/calls/{call}")).Status(HttpStatusCode.OK);
        var body = reply.Body;
        Assert.Equal("on-hold", reply.Text("state"));
        Assert.Equal(agent, reply.Text("agentId"));
        Assert.Equal(2, body.GetProperty("holdCount").GetInt32());

        var currentHold = body.GetProperty("currentHoldSeconds").GetDouble();
        Assert.True(currentHold >= 29.5 && currentHold < 60, $"currentHoldSeconds {currentHold}");

        // Finished durations come from event times: wait 20 s (ring 12 s is part of it), talk 20 s + 40 s.
        Assert.Equal(20, body.GetProperty("waitSeconds").GetDouble(), 3);
        Assert.Equal(12, body.GetProperty("ringSeconds").GetDouble(), 3);
        Assert.Equal(60, body.GetProperty("talkSeconds").GetDouble(), 3);

        // Hold so far: the finished 10 s and the running one.
        var hold = body.GetProperty("holdSeconds").GetDouble();
        Assert.True(hold >= 39.5 && hold < 70, $"holdSeconds {hold}");
        Assert.Equal(6, body.GetProperty("timeline").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("endedAt").ValueKind);

        // The agent is on hold on that call, and the queue shows it connected, on hold.
        var agentReply = (await client.GetReplyAsync($"/api/agents/{agent}")).Status(HttpStatusCode.OK);
        Assert.Equal("on-hold", agentReply.Text("state"));
        Assert.Equal(call, agentReply.Text("currentCallId"));
        var queueReply = (await client.GetReplyAsync($"/api/queues/{queue}")).Status(HttpStatusCode.OK);
        var row = Assert.Single(queueReply.Body.GetProperty("connected").EnumerateArray());
        Assert.Equal("on-hold", row.GetProperty("state").GetString());
        Assert.Equal(2, row.GetProperty("holdCount").GetInt32());
        Assert.Equal(0, queueReply.Body.GetProperty("waitingCount").GetInt32());
    }

    [Fact]
    public async Task An_ended_call_keeps_its_durations_fixed_and_its_disposition()
    {
        var (queue, call, agent) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("a"));
        var now = Wire.Now();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-10), Wire.NewId("t"), queue),
            Wire.CallQueued(call, queue, now.AddSeconds(-300)),
            Wire.CallAnswered(call, agent, now.AddSeconds(-290)),
            Wire.CallHeld(call, now.AddSeconds(-200)),
            Wire.CallResumed(call, now.AddSeconds(-170)),
            Wire.CallEnded(call, now.AddSeconds(-100), "caller-hangup"));

        var body = (await client.GetReplyAsync($"/api/calls/{call}")).Status(HttpStatusCode.OK).Body;
        Assert.Equal("ended", body.GetProperty("state").GetString());
        Assert.Equal("caller-hangup", body.GetProperty("disposition").GetString());
        Assert.Equal(10, body.GetProperty("waitSeconds").GetDouble(), 3);
        Assert.Equal(160, body.GetProperty("talkSeconds").GetDouble(), 3);
        Assert.Equal(30, body.GetProperty("holdSeconds").GetDouble(), 3);
        Assert.Equal(0, body.GetProperty("currentHoldSeconds").GetDouble(), 3);
        Assert.Equal(1, body.GetProperty("holdCount").GetInt32());

        // It left the queue's live view, and the agent is free again.
        var queueReply = (await client.GetReplyAsync($"/api/queues/{queue}")).Status(HttpStatusCode.OK);
        Assert.Equal(0, queueReply.Body.GetProperty("connected").GetArrayLength());
        Assert.Equal(0, queueReply.Body.GetProperty("waiting").GetArrayLength());
        Assert.Equal("available", (await client.GetReplyAsync($"/api/agents/{agent}")).Text("state"));
    }
}
