using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests;

/// <summary>POST /api/events through the real pipeline: whole-batch refusals, and each item judged on its own.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class EventsApiTests(FloorApiFixture app)
{
    private const string NotAnArray = "must be a JSON array of events";
    private const int MaxBytes = 4 * 1024 * 1024;

    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_valid_batch_is_accepted_whole_and_posting_it_again_counts_every_event_as_a_duplicate()
    {
        var (queue, call, agent) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("a"));
        var now = Wire.Now();
        JsonObject[] batch =
        [
            Wire.AgentLoggedIn(agent, now.AddMinutes(-2), Wire.NewId("t"), queue),
            Wire.CallQueued(call, queue, now.AddSeconds(-60)),
            Wire.CallOffered(call, agent, now.AddSeconds(-55)),
            Wire.CallAnswered(call, agent, now.AddSeconds(-50)),
        ];

        var first = (await client.PostEventsAsync(batch)).Status(HttpStatusCode.OK);
        Assert.Equal(4, first.Body.GetProperty("accepted").GetInt32());
        Assert.Equal(0, first.Body.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, first.Body.GetProperty("rejected").GetArrayLength());

        var again = (await client.PostEventsAsync(batch)).Status(HttpStatusCode.OK);
        Assert.Equal(0, again.Body.GetProperty("accepted").GetInt32());
        Assert.Equal(4, again.Body.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, again.Body.GetProperty("rejected").GetArrayLength());

        // The repeats changed nothing: still one call, talking with the agent.
        var snapshot = (await client.GetReplyAsync($"/api/calls/{call}")).Status(HttpStatusCode.OK);
        Assert.Equal("talking", snapshot.Text("state"));
        Assert.Equal(agent, snapshot.Text("agentId"));
        Assert.Equal(3, snapshot.Body.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task An_empty_array_is_a_valid_batch_of_nothing()
    {
        var reply = (await client.PostJsonAsync("/api/events", "[]")).Status(HttpStatusCode.OK);
        Assert.Equal(0, reply.Body.GetProperty("accepted").GetInt32());
        Assert.Equal(0, reply.Body.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, reply.Body.GetProperty("rejected").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"eventId":"e1","type":"CallQueued"}""")]
    [InlineData("""{"events":[]}""")]
    [InlineData("\"events\"")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("null")]
    public async Task A_body_that_is_not_an_array_is_refused_whole_with_a_reason(string body)
    {
        (await client.PostJsonAsync("/api/events", body)).Refusal(HttpStatusCode.BadRequest, NotAnArray);
    }

    [Theory]
    [InlineData("""[{"eventId":"e1",""")]
    [InlineData("[1,]")]
    [InlineData("[{\"eventId\" \"e1\"}]")]
    [InlineData("[] []")]
    [InlineData("[{}] trailing")]
    [InlineData("{not json")]
    public async Task A_body_that_is_not_valid_json_is_refused_whole_with_a_reason(string body)
    {
        var reply = (await client.PostJsonAsync("/api/events", body)).Status(HttpStatusCode.BadRequest);
        var reason = reply.Text("reason");
        Assert.True(reason is not null && (reason.Contains("not valid JSON", StringComparison.Ordinal) || reason.Contains(NotAnArray, StringComparison.Ordinal)), reply.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("\uFEFF")]
    public async Task An_empty_body_is_refused_with_a_reason(string body)
    {
        (await client.PostJsonAsync("/api/events", body)).Refusal(HttpStatusCode.BadRequest, NotAnArray);
    }

    [Fact]
    public async Task A_post_without_any_body_is_refused_with_a_reason()
    {
        (await client.PostJsonAsync("/api/events", (string?)null)).Refusal(HttpStatusCode.BadRequest, NotAnArray);
    }

    [Fact]
    public async Task A_body_over_4_MB_by_its_content_length_is_413()
    {
        var body = new byte[MaxBytes + 1];
        Array.Fill(body, (byte)' ');
        body[0] = (byte)'[';
        body[^1] = (byte)']';
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var reply = await Reply.ReadAsync(await client.PostAsync("/api/events", content));
        reply.Refusal(HttpStatusCode.RequestEntityTooLarge, $"larger than {MaxBytes} bytes");
    }

    [Fact]
    public async Task A_body_over_4_MB_without_a_content_length_is_413_once_read()
    {
        var body = new byte[MaxBytes + 1];
        Array.Fill(body, (byte)' ');
        body[0] = (byte)'[';
        body[^1] = (byte)']';
        using var content = new UnsizedContent(body);
        var reply = await Reply.ReadAsync(await client.PostAsync("/api/events", content));
        reply.Refusal(HttpStatusCode.RequestEntityTooLarge, $"larger than {MaxBytes} bytes");
    }

    [Fact]
    public async Task A_body_of_exactly_4_MB_is_not_too_large()
    {
        var body = new byte[MaxBytes];
        Array.Fill(body, (byte)' ');
        body[0] = (byte)'[';
        body[^1] = (byte)']';
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var reply = (await Reply.ReadAsync(await client.PostAsync("/api/events", content))).Status(HttpStatusCode.OK);
        Assert.Equal(0, reply.Body.GetProperty("rejected").GetArrayLength());
    }

    [Fact]
    public async Task A_batch_of_10001_items_is_413()
    {
        var body = "[" + string.Join(',', Enumerable.Repeat("{}", 10_001)) + "]";
        (await client.PostJsonAsync("/api/events", body)).Refusal(HttpStatusCode.RequestEntityTooLarge, "more than 10000 events");
    }

    [Fact]
    public async Task A_batch_of_exactly_10000_items_is_judged_item_by_item()
    {
        var body = "[" + string.Join(',', Enumerable.Repeat("1", 10_000)) + "]";
        var reply = (await client.PostJsonAsync("/api/events", body)).Status(HttpStatusCode.OK);
        var rejected = reply.Body.GetProperty("rejected");
        Assert.Equal(10_000, rejected.GetArrayLength());
        Assert.Equal(9_999, rejected[9_999].GetProperty("index").GetInt32());
        Assert.Equal("not-an-object", rejected[9_999].GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(9)]
    [InlineData(64)]
    [InlineData(10_000)]
    public async Task Arrays_nested_too_deep_are_refused_whole(int depth)
    {
        var body = new string('[', depth) + new string(']', depth);
        (await client.PostJsonAsync("/api/events", body)).Refusal(HttpStatusCode.BadRequest, "deeper than 8 levels");
    }

    [Fact]
    public async Task An_event_carrying_a_value_nested_too_deep_is_refused_whole()
    {
        // The batch array and the event object take two levels; seven more make nine.
        var e = Wire.CallQueued(Wire.NewId("c"), Wire.NewId("q"), Wire.Now());
        var body = e.ToJsonString()[..^1] + ",\"extra\":" + new string('[', 7) + new string(']', 7) + "}";
        (await client.PostJsonAsync("/api/events", "[" + body + "]")).Refusal(HttpStatusCode.BadRequest, "deeper than 8 levels");
    }

    [Fact]
    public async Task An_event_carrying_a_value_nested_to_exactly_the_limit_is_judged_on_its_own()
    {
        var e = Wire.CallQueued(Wire.NewId("c"), Wire.NewId("q"), Wire.Now());
        var body = e.ToJsonString()[..^1] + ",\"extra\":" + new string('[', 6) + new string(']', 6) + "}";
        var reply = (await client.PostJsonAsync("/api/events", "[" + body + "]")).Status(HttpStatusCode.OK);
        Assert.Equal(1, reply.Body.GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task A_mixed_batch_rejects_the_bad_items_by_their_index_in_the_clients_array_and_applies_the_rest()
    {
        var (queue, endedCall, agent) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("a"));
        var now = Wire.Now();

        // An earlier batch: the call is answered and ended.
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.CallQueued(endedCall, queue, now.AddMinutes(-4)),
            Wire.CallAnswered(endedCall, agent, now.AddMinutes(-3)),
            Wire.CallEnded(endedCall, now.AddMinutes(-2)));

        var (good0, good2) = (Wire.NewId("c"), Wire.NewId("c"));
        var missingCallId = Wire.CallHeld("placeholder", now.AddSeconds(-30));
        missingCallId.Remove("callId");
        var unknownType = Wire.Event("CallTeleported", now.AddSeconds(-20));
        unknownType["callId"] = good0;
        var heldAfterEnd = Wire.CallHeld(endedCall, now.AddMinutes(-1));
        JsonObject[] batch =
        [
            Wire.CallQueued(good0, queue, now.AddSeconds(-40)),
            missingCallId,
            Wire.CallQueued(good2, queue, now.AddSeconds(-35)),
            unknownType,
            heldAfterEnd,
        ];

        var reply = (await client.PostEventsAsync(batch)).Status(HttpStatusCode.OK);
        Assert.Equal(2, reply.Body.GetProperty("accepted").GetInt32());
        Assert.Equal(0, reply.Body.GetProperty("duplicates").GetInt32());
        var rejected = reply.Body.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([1, 3, 4], rejected.Select(r => r.GetProperty("index").GetInt32()));

        AssertRejected(rejected[0], 1, missingCallId, "callId", "required");
        AssertRejected(rejected[1], 3, unknownType, "type", "unknown-type");
        AssertRejected(rejected[2], 4, heldAfterEnd, "at", "out-of-order");

        // The good items landed; the call that ended stayed ended.
        Assert.Equal("queued", (await client.GetReplyAsync($"/api/calls/{good0}")).Status(HttpStatusCode.OK).Text("state"));
        Assert.Equal("queued", (await client.GetReplyAsync($"/api/calls/{good2}")).Status(HttpStatusCode.OK).Text("state"));
        var ended = (await client.GetReplyAsync($"/api/calls/{endedCall}")).Status(HttpStatusCode.OK);
        Assert.Equal("ended", ended.Text("state"));
        Assert.Equal(0, ended.Body.GetProperty("holdCount").GetInt32());
    }

    [Fact]
    public async Task An_answer_by_an_agent_already_on_another_call_is_rejected_as_an_invalid_transition_of_agentId()
    {
        var (queue, first, second, agent) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("c"), Wire.NewId("a"));
        var now = Wire.Now();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.CallQueued(first, queue, now.AddSeconds(-60)),
            Wire.CallQueued(second, queue, now.AddSeconds(-50)),
            Wire.CallAnswered(first, agent, now.AddSeconds(-40)));

        var answer = Wire.CallAnswered(second, agent, now.AddSeconds(-10));
        var reply = (await client.PostEventsAsync(answer)).Status(HttpStatusCode.OK);
        Assert.Equal(0, reply.Body.GetProperty("accepted").GetInt32());
        var rejected = Assert.Single(reply.Body.GetProperty("rejected").EnumerateArray());
        AssertRejected(rejected, 0, answer, "agentId", "invalid-transition");
        Assert.Contains(first, rejected.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Nothing moved: the second call still waits, the agent still talks on the first.
        Assert.Equal("queued", (await client.GetReplyAsync($"/api/calls/{second}")).Text("state"));
        var agentNow = (await client.GetReplyAsync($"/api/agents/{agent}")).Status(HttpStatusCode.OK);
        Assert.Equal("talking", agentNow.Text("state"));
        Assert.Equal(first, agentNow.Text("currentCallId"));
    }

    [Theory]
    [InlineData("at", "2026-11-24T10:00:00", "at", "invalid")]
    [InlineData("at", "yesterday", "at", "invalid")]
    [InlineData("callId", "a:b", "callId", "invalid")]
    [InlineData("customerTier", "gold", "customerTier", "invalid")]
    [InlineData("callerNumber", "call me maybe", "callerNumber", "invalid")]
    [InlineData("eventId", null, "eventId", "required")]
    [InlineData("queueId", null, "queueId", "required")]
    [InlineData("queueId", "<300>", "queueId", "too-long")]
    [InlineData("type", "callqueued", "type", "unknown-type")]
    public async Task A_bad_field_rejects_only_its_item_naming_the_field_and_why(string name, string? value, string field, string reason)
    {
        var good = Wire.CallQueued(Wire.NewId("c"), Wire.NewId("q"), Wire.Now());
        var bad = Wire.CallQueued(Wire.NewId("c"), Wire.NewId("q"), Wire.Now());
        if (value is null)
        {
            bad.Remove(name);
        }
        else
        {
            bad[name] = value == "<300>" ? new string('q', 300) : value;
        }

        var reply = (await client.PostEventsAsync(good, bad)).Status(HttpStatusCode.OK);
        Assert.Equal(1, reply.Body.GetProperty("accepted").GetInt32());
        var rejected = Assert.Single(reply.Body.GetProperty("rejected").EnumerateArray());
        Assert.Equal(1, rejected.GetProperty("index").GetInt32());
        Assert.Equal(field, rejected.GetProperty("field").GetString());
        Assert.Equal(reason, rejected.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(rejected.GetProperty("detail").GetString()));

        // The detail of a rejection never echoes a caller's number.
        Assert.DoesNotContain("call me maybe", reply.Raw, StringComparison.Ordinal);
    }

    private static void AssertRejected(JsonElement rejected, int index, JsonObject item, string field, string reason)
    {
        Assert.Equal(index, rejected.GetProperty("index").GetInt32());
        Assert.Equal(item["eventId"]!.GetValue<string>(), rejected.GetProperty("eventId").GetString());
        Assert.Equal(field, rejected.GetProperty("field").GetString());
        Assert.Equal(reason, rejected.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(rejected.GetProperty("detail").GetString()), rejected.ToString());
    }

    /// <summary>A body sent without a Content-Length (chunked), so only reading it shows its size.</summary>
    private sealed class UnsizedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
