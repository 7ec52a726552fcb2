using ContactCenter.Contracts.Ingestion;
using ContactCenter.Ingestion.Tests.Support;
using static ContactCenter.Ingestion.Tests.Support.Wire;

namespace ContactCenter.Ingestion.Tests;

public class BatchTests
{
    private const string NotAnArray = "the body must be a JSON array of events";

    [Fact]
    public void The_default_limits_are_ten_thousand_events_four_megabytes_256_characters_and_eight_levels()
    {
        var limits = EventBatchLimits.Default;

        Assert.Equal(10_000, limits.MaxEvents);
        Assert.Equal(4 * 1024 * 1024, limits.MaxBytes);
        Assert.Equal(256, limits.MaxStringLength);
        Assert.Equal(8, limits.MaxDepth);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData(" [ ] ")]
    [InlineData("\r\n[\n]\n")]
    public void An_empty_array_is_a_batch_of_no_events(string body)
    {
        var result = Parse(body);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Events);
        Assert.Empty(result.Rejected);
        Assert.Equal(0, result.ItemCount);
    }

    [Fact]
    public void A_batch_with_one_bad_item_keeps_the_good_ones()
    {
        var result = ParseItems(
            Item("CallHeld", "'callId':'c-1'", eventId: "e-1"),
            Item("CallHeld", "'callId':'c:2'", eventId: "e-2"),
            Item("CallResumed", "'callId':'c-1'", eventId: "e-3"));

        Assert.True(result.IsSuccess);
        Assert.Equal([0, 2], result.Events.Select(p => p.Index));
        Assert.Equal(["e-1", "e-3"], result.Events.Select(p => p.Event.EventId));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(1, rejected.Index);
        Assert.Equal("e-2", rejected.EventId);
        Assert.Equal("callId", rejected.Field);
        Assert.Equal(3, result.ItemCount);
    }

    [Fact]
    public void Every_item_is_judged_and_reported_at_its_own_index()
    {
        var result = ParseItems(
            "42",
            Item("Nope"),
            Item("AgentLoggedOut", "'agentId':'a-1'"),
            Json("{'eventId':'e-4'}"));

        Assert.Equal(
            [
                new RejectedEvent(0, null, "$", "not-an-object", "item 0 is a number; every item must be an event object"),
                new RejectedEvent(1, "e-1", "type", "unknown-type", "type 'Nope' is not an event type of the API"),
                new RejectedEvent(3, "e-4", "type", "required", "type is required"),
            ],
            result.Rejected);
        Assert.Equal(2, Assert.Single(result.Events).Index);
    }

    [Theory]
    [InlineData("42", "a number")]
    [InlineData("'CallQueued'", "a string")]
    [InlineData("null", "null")]
    [InlineData("true", "a boolean")]
    [InlineData("[]", "an array")]
    [InlineData("[{'eventId':'e-1'}]", "an array")]
    public void An_item_that_is_not_an_object_is_rejected_at_its_index(string item, string described)
    {
        var result = Parse(Json($"[{Item("CallHeld", "'callId':'c-1'")},{item}]"));

        Assert.True(result.IsSuccess);
        Assert.Single(result.Events);
        Assert.Equal(
            new RejectedEvent(1, null, "$", "not-an-object", $"item 1 is {described}; every item must be an event object"),
            Assert.Single(result.Rejected));
    }

    [Fact]
    public void Duplicate_event_ids_in_one_batch_are_both_kept_for_the_grains_to_dedupe()
    {
        var result = ParseItems(Item("CallHeld", "'callId':'c-1'"), Item("CallHeld", "'callId':'c-1'"));

        Assert.Equal(2, result.Events.Count);
        Assert.All(result.Events, p => Assert.Equal("e-1", p.Event.EventId));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{'events':[]}")]
    [InlineData("'[]'")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("{")]
    public void A_body_that_is_not_an_array_is_refused_with_400(string body)
    {
        var error = Refused(Json(body));

        Assert.Equal(new BatchError(400, NotAnArray), error);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[{'eventId':'e-1'")]
    [InlineData("[1,]")]
    [InlineData("[1 2]")]
    [InlineData("[{'eventId':'e-1',}]")]
    [InlineData("[{'eventId' 'e-1'}]")]
    [InlineData("[] []")]
    [InlineData("[]x")]
    [InlineData("[// comment\n]")]
    [InlineData("[{'eventId':'e-1','type':'CallHeld','at':'2026-11-24T10:00:00Z','callId':'c-1'},{'eventId':tru}]")]
    public void A_body_that_is_not_valid_json_is_refused_with_400(string body)
    {
        var error = Refused(Json(body));

        Assert.Equal(400, error.Status);
        Assert.StartsWith("the body is not valid JSON: ", error.Reason);
        Assert.True(error.Reason.Length > "the body is not valid JSON: ".Length);
    }

    [Fact]
    public void A_byte_order_mark_before_the_array_is_allowed()
    {
        var result = Parse("\uFEFF[" + Item("CallHeld", "'callId':'c-1'") + "]");

        Assert.True(result.IsSuccess);
        Assert.Single(result.Events);
    }

    [Fact]
    public void A_batch_with_more_events_than_the_limit_is_refused_with_413()
    {
        var limits = new EventBatchLimits { MaxEvents = 3 };

        var error = Refused("[1,2,3,4]", limits);

        Assert.Equal(new BatchError(413, "the batch holds more than 3 events"), error);
    }

    [Fact]
    public void A_batch_of_exactly_the_event_limit_is_parsed()
    {
        var limits = new EventBatchLimits { MaxEvents = 3 };

        var result = Parse("[1,2,3]", limits);

        Assert.True(result.IsSuccess);
        Assert.Equal(3, result.Rejected.Count);
    }

    [Fact]
    public void Bad_items_count_towards_the_event_limit()
    {
        var error = Refused("[" + string.Join(",", Enumerable.Repeat("0", 10_001)) + "]");

        Assert.Equal(new BatchError(413, "the batch holds more than 10000 events"), error);
    }

    [Fact]
    public void A_full_batch_of_ten_thousand_events_is_parsed_in_order()
    {
        var items = new string[10_000];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Item("CallQueued", $"'callId':'c-{i}','queueId':'q-{i % 7}','callerNumber':'+1 555 010 {i:0000}'", eventId: $"e-{i}");
        }

        var result = ParseItems(items);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Rejected);
        Assert.Equal(10_000, result.Events.Count);
        Assert.Equal(9_999, result.Events[^1].Index);
        Assert.Equal("c-9999", result.Events[^1].Event.CallId);
    }

    [Fact]
    public void A_body_larger_than_the_byte_limit_is_refused_with_413()
    {
        var body = "[" + new string(' ', 98) + "]";
        var limits = new EventBatchLimits { MaxBytes = 99 };

        var error = Refused(body, limits);

        Assert.Equal(new BatchError(413, "the body is larger than 99 bytes"), error);
        Assert.True(Parse(body, limits with { MaxBytes = 100 }).IsSuccess);
    }

    [Fact]
    public void The_byte_limit_is_checked_before_the_body_is_read()
    {
        var error = Refused("not json at all", new EventBatchLimits { MaxBytes = 4 });

        Assert.Equal(413, error.Status);
    }

    [Fact]
    public void Nesting_up_to_the_depth_limit_is_accepted()
    {
        // The batch array and the event object are two levels; six more make eight.
        var e = Accepted(Item("CallHeld", "'callId':'c-1','x':[[[[[[1]]]]]]"));

        Assert.Equal("c-1", e.CallId);
    }

    [Theory]
    [InlineData("[{'eventId':'e-1','x':[[[[[[[1]]]]]]]}]")]
    [InlineData("[{'eventId':'e-1','x':{'a':{'b':{'c':{'d':{'e':{'f':{}}}}}}}}]")]
    [InlineData("[[[[[[[[[1]]]]]]]]]")]
    [InlineData("[{'eventId':'e-1','type':'AgentLoggedIn','queues':[[[[[[['q']]]]]]]}]")]
    public void Nesting_deeper_than_the_limit_is_refused_with_400(string body)
    {
        var error = Refused(Json(body));

        Assert.Equal(new BatchError(400, "the body nests arrays and objects deeper than 8 levels"), error);
    }

    [Fact]
    public void The_depth_limit_is_configurable()
    {
        var limits = new EventBatchLimits { MaxDepth = 2 };

        Assert.True(Parse(Wire.Json("[{'eventId':'e-1','x':1}]"), limits).IsSuccess);
        Assert.Equal(
            new BatchError(400, "the body nests arrays and objects deeper than 2 levels"),
            Refused(Json("[{'eventId':'e-1','x':[]}]"), limits));
    }

    [Theory]
    [InlineData(-1, 1, 1, 2)]
    [InlineData(1, -1, 1, 2)]
    [InlineData(1, 1, 0, 2)]
    [InlineData(1, 1, 1, 1)]
    public void Limits_that_could_accept_nothing_are_a_programming_error(int maxEvents, int maxBytes, int maxString, int maxDepth)
    {
        var limits = new EventBatchLimits { MaxEvents = maxEvents, MaxBytes = maxBytes, MaxStringLength = maxString, MaxDepth = maxDepth };

        Assert.Throws<ArgumentOutOfRangeException>(() => EventBatchParser.Parse("[]"u8, limits));
    }
}
