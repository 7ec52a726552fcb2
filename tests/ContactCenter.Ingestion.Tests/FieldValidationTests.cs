using ContactCenter.Contracts.Events;
using static ContactCenter.Ingestion.Tests.Support.Wire;

namespace ContactCenter.Ingestion.Tests;

public class FieldValidationTests
{
    [Theory]
    [InlineData("CallQueued", "'callId':42,'queueId':'q-1'", "callId", "callId must be a string, not a number")]
    [InlineData("CallQueued", "'callId':'c-1','queueId':true", "queueId", "queueId must be a string, not a boolean")]
    [InlineData("CallOffered", "'callId':'c-1','agentId':{'id':'a-1'}", "agentId", "agentId must be a string, not an object")]
    [InlineData("CallTransferred", "'callId':'c-1','toQueueId':['q-1']", "toQueueId", "toQueueId must be a string, not an array")]
    [InlineData("CallQueued", "'callId':'c-1','queueId':'q-1','callerNumber':4420794600", "callerNumber", "callerNumber must be a string, not a number")]
    [InlineData("CallQueued", "'callId':'c-1','queueId':'q-1','customerTier':2", "customerTier", "customerTier must be a string, not a number")]
    [InlineData("AgentStateChanged", "'agentId':'a-1','state':false", "state", "state must be a string, not a boolean")]
    [InlineData("AgentLoggedIn", "'agentId':'a-1','name':7", "name", "name must be a string, not a number")]
    [InlineData("AgentLoggedIn", "'agentId':'a-1','queues':'sales'", "queues", "queues must be an array of ids, not a string")]
    [InlineData("AgentLoggedIn", "'agentId':'a-1','queues':['sales',5]", "queues", "queues[1] must be an id, not a number")]
    [InlineData("AgentLoggedIn", "'agentId':'a-1','queues':[['sales']]", "queues", "queues[0] must be an id, not an array")]
    [InlineData("CallEnded", "'callId':'c-1','reason':1", "reason", "reason must be a string, not a number")]
    public void A_field_of_the_wrong_json_type_is_invalid_naming_the_field(string type, string fields, string field, string detail)
    {
        var rejected = Rejected(Item(type, fields));

        Assert.Equal(new(0, "e-1", field, "invalid", detail), rejected);
    }

    [Fact]
    public void An_event_id_of_the_wrong_json_type_is_invalid_and_not_echoed()
    {
        var rejected = Rejected(Json("{'eventId':17,'type':'CallHeld','at':'2026-11-24T10:00:00Z','callId':'c-1'}"));

        Assert.Equal(new(0, null, "eventId", "invalid", "eventId must be a string, not a number"), rejected);
    }

    [Fact]
    public void A_type_of_the_wrong_json_type_is_invalid()
    {
        var rejected = Rejected(Json("{'eventId':'e-1','type':3,'at':'2026-11-24T10:00:00Z'}"));

        Assert.Equal(new(0, "e-1", "type", "invalid", "type must be a string, not a number"), rejected);
    }

    [Theory]
    [InlineData("CallEscalated")]
    [InlineData("callQueued")]
    [InlineData("CALLQUEUED")]
    [InlineData("0")]
    [InlineData("CallQueued,CallEnded")]
    [InlineData("")]
    public void An_unknown_type_is_rejected_as_such(string type)
    {
        var rejected = Rejected(Item(type, "'callId':'c-1','queueId':'q-1'"));

        Assert.Equal(new(0, "e-1", "type", "unknown-type", $"type '{type}' is not an event type of the API"), rejected);
    }

    [Theory]
    [InlineData("a:b")]
    [InlineData("queue/1")]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("caf\u00e9")]
    [InlineData("tab\\t")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890abcde")]
    public void An_id_outside_the_id_alphabet_is_invalid(string id)
    {
        var rejected = Rejected(Item("CallHeld", $"'callId':'{id}'"));

        var shown = id.Replace("\\t", "\t");
        Assert.Equal(
            new(0, "e-1", "callId", "invalid", $"callId '{shown}' is not an id: ids are 1 to 64 letters, digits, '.', '_' or '-'"),
            rejected);
    }

    [Fact]
    public void An_id_of_64_characters_is_accepted()
    {
        var id = new string('a', 60) + "._-9";

        var e = Accepted(Item("CallHeld", $"'callId':'{id}'"));

        Assert.Equal(id, e.CallId);
    }

    [Theory]
    [InlineData("CallQueued", "'callId':'c-1','queueId':'q:1'", "queueId")]
    [InlineData("CallDialed", "'callId':'c-1','agentId':'a/1','queueId':'q-1'", "agentId")]
    [InlineData("CallHeld", "'callId':'c-1','agentId':'a 1'", "agentId")]
    [InlineData("CallOffered", "'callId':'c-1','agentId':'a-1','queueId':'q:1'", "queueId")]
    [InlineData("CallTransferred", "'callId':'c-1','toQueueId':'q:1'", "toQueueId")]
    [InlineData("CallTransferred", "'callId':'c-1','toAgentId':'a:1'", "toAgentId")]
    [InlineData("AgentLoggedIn", "'agentId':'a-1','teamId':'t:1'", "teamId")]
    [InlineData("AgentLoggedIn", "'agentId':'a-1','queues':['ok','q:1']", "queues")]
    [InlineData("AssistanceRequested", "'agentId':'a-1','reason':'help','callId':'c:1'", "callId")]
    public void Every_id_field_is_checked(string type, string fields, string field)
    {
        var rejected = Rejected(Item(type, fields));

        Assert.Equal(field, rejected.Field);
        Assert.Equal("invalid", rejected.Reason);
        Assert.EndsWith("is not an id: ids are 1 to 64 letters, digits, '.', '_' or '-'", rejected.Detail);
    }

    [Fact]
    public void An_event_id_may_be_any_non_blank_text()
    {
        var e = Accepted(Item("CallHeld", "'callId':'c-1'", eventId: "urn:acd:7/12 #3"));

        Assert.Equal("urn:acd:7/12 #3", e.EventId);
    }

    [Fact]
    public void An_empty_event_id_is_invalid()
    {
        var rejected = Rejected(Item("CallHeld", "'callId':'c-1'", eventId: ""));

        Assert.Equal(new(0, null, "eventId", "invalid", "eventId must not be blank"), rejected);
    }

    [Theory]
    [InlineData("+1 (555) 010-9999")]
    [InlineData("5550109999")]
    [InlineData("12345678901234567890123456789012")]
    public void A_phone_number_of_digits_and_punctuation_is_kept_whole(string number)
    {
        var e = Accepted(Item("CallQueued", $"'callId':'c-1','queueId':'q-1','callerNumber':'{number}'"));

        Assert.Equal(number, e.CallerNumber);
    }

    [Theory]
    [InlineData("callerNumber", "555-CALL-NOW")]
    [InlineData("callerNumber", "123456789012345678901234567890123")]
    [InlineData("callerNumber", "()")]
    [InlineData("callerNumber", "")]
    [InlineData("callerNumber", "555.0109")]
    [InlineData("calledNumber", "sip:555@host")]
    public void A_phone_number_with_other_characters_is_invalid_and_not_echoed(string field, string number)
    {
        var type = field == "callerNumber" ? "CallQueued" : "CallDialed";
        var rejected = Rejected(Item(type, $"'callId':'c-1','agentId':'a-1','queueId':'q-1','{field}':'{number}'"));

        Assert.Equal(new(0, "e-1", field, "invalid", $"{field} must be up to 32 digits, spaces, '+', '-', '(' or ')'"), rejected);
    }

    [Theory]
    [InlineData("eventId")]
    [InlineData("reason")]
    public void A_string_longer_than_the_limit_is_too_long(string field)
    {
        var tooLong = new string('x', 257);
        var item = field == "eventId"
            ? Item("AssistanceRequested", "'agentId':'a-1','reason':'help'", eventId: tooLong)
            : Item("AssistanceRequested", $"'agentId':'a-1','reason':'{tooLong}'");

        var rejected = Rejected(item);

        Assert.Equal(new(0, field == "eventId" ? null : "e-1", field, "too-long", $"{field} is longer than 256 characters"), rejected);
    }

    [Fact]
    public void A_string_at_the_limit_is_accepted()
    {
        var name = new string('n', 256);

        var e = Accepted(Item("AgentLoggedIn", $"'agentId':'a-1','name':'{name}'"));

        Assert.Equal(name, e.Name);
    }

    [Fact]
    public void The_limit_counts_characters_not_bytes()
    {
        var name = new string('\u00e9', 256);

        var e = Accepted(Item("AgentLoggedIn", $"'agentId':'a-1','name':'{name}'"));

        Assert.Equal(name, e.Name);
    }

    [Fact]
    public void An_id_longer_than_the_string_limit_is_too_long_rather_than_invalid()
    {
        var rejected = Rejected(Item("CallHeld", $"'callId':'{new string('c', 300)}'"));

        Assert.Equal(new(0, "e-1", "callId", "too-long", "callId is longer than 256 characters"), rejected);
    }

    [Fact]
    public void The_string_limit_is_configurable()
    {
        var limits = new EventBatchLimits { MaxStringLength = 8 };

        var rejected = Rejected(Item("AgentLoggedIn", "'agentId':'a-1','name':'Grace Hopper'"), limits);

        Assert.Equal(new(0, "e-1", "name", "too-long", "name is longer than 8 characters"), rejected);
    }

    [Fact]
    public void A_low_string_limit_does_not_refuse_type_names_or_timestamps()
    {
        var e = Accepted(Item("AgentLoggedOut", "'agentId':'a-1'"), new EventBatchLimits { MaxStringLength = 4 });

        Assert.Equal(FloorEventType.AgentLoggedOut, e.Type);
        Assert.Equal(AtValue, e.At);
    }

    [Fact]
    public void An_escaped_long_string_is_measured_after_unescaping()
    {
        var escaped = string.Concat(Enumerable.Repeat("\\u0041", 256));

        var e = Accepted(Item("AgentLoggedIn", $"'agentId':'a-1','name':'{escaped}'"));

        Assert.Equal(new string('A', 256), e.Name);
    }

    [Fact]
    public void Escaped_names_and_values_are_read_as_their_text()
    {
        var e = Accepted(Json(@"{'\u0065ventId':'e\/1','type':'Call\u0048eld','at':'2026-11-24T10:00:00\u005A','callId':'c\u002D1','\u0061gentId':'a\u002d1'}"));

        Assert.Equal(new FloorEvent("e/1", FloorEventType.CallHeld, AtValue, CallId: "c-1", AgentId: "a-1"), e);
    }

    [Fact]
    public void Escaped_text_keeps_quotes_and_non_latin_characters()
    {
        var e = Accepted(Item("AssistanceRequested", @"'agentId':'a-1','reason':'says \u0022I will sue\u0022 \ud83d\ude20 \u00fc\u0027'"));

        Assert.Equal("says \"I will sue\" \ud83d\ude20 \u00fc'", e.Reason);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_invalid_rather_than_an_exception()
    {
        var rejected = Rejected(Item("AssistanceRequested", @"'agentId':'a-1','reason':'bad \ud800 half'"));

        Assert.Equal(new(0, "e-1", "reason", "invalid", "reason holds an invalid escape sequence"), rejected);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_invalid_rather_than_an_exception()
    {
        var body = System.Text.Encoding.UTF8.GetBytes("[" + Item("AgentLoggedIn", "'agentId':'a-1','name':'XX'") + "]");
        var at = Array.IndexOf(body, (byte)'X');
        body[at] = 0xC3;
        body[at + 1] = 0x28;

        var result = EventBatchParser.Parse(body, EventBatchLimits.Default);

        Assert.True(result.IsSuccess);
        Assert.Equal(new(0, "e-1", "name", "invalid", "name is not valid UTF-8"), Assert.Single(result.Rejected));
    }

    [Fact]
    public void Unknown_extra_fields_are_ignored_whatever_their_shape()
    {
        var e = Accepted(Item("CallHeld",
            "'callId':'c-1','vendor':'acme','priority':3,'tags':['a',{'b':[1,2,{}]}],'meta':{'x':null,'y':[true,false]},'callid':'other'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallHeld, AtValue, CallId: "c-1"), e);
    }

    [Fact]
    public void Fields_a_type_does_not_use_are_ignored_unchecked()
    {
        var e = Accepted(Item("CallQueued", "'callId':'c-1','queueId':'q-1','agentId':5,'state':'flying','toQueueId':'a:b'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallQueued, AtValue, CallId: "c-1", QueueId: "q-1"), e);
    }

    [Fact]
    public void A_null_optional_field_counts_as_absent()
    {
        var e = Accepted(Item("CallQueued", "'callId':'c-1','queueId':'q-1','direction':null,'callerNumber':null,'customerTier':null"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallQueued, AtValue, CallId: "c-1", QueueId: "q-1"), e);
    }

    [Theory]
    [InlineData("CallHeld", "'callId':'c-1','agentId':null")]
    [InlineData("CallEnded", "'callId':'c-1','reason':null")]
    [InlineData("AgentLoggedIn", "'agentId':'a-1','name':null,'teamId':null,'queues':null")]
    [InlineData("AssistanceRequested", "'agentId':'a-1','reason':'help','callId':null")]
    public void Null_optional_fields_of_every_kind_count_as_absent(string type, string fields)
    {
        var e = Accepted(Item(type, fields));

        Assert.Null(e.Queues);
        Assert.Null(e.Name);
        Assert.Null(e.TeamId);
        Assert.Equal(type == "AssistanceRequested" ? "help" : null, e.Reason);
        Assert.Null(type == "CallHeld" ? e.AgentId : e.CallId == "c-1" ? null : e.CallId);
        Assert.Equal(type == "CallEnded" ? CallEndReason.Completed : null, e.EndReason);
    }

    [Fact]
    public void A_repeated_field_takes_its_last_value()
    {
        var e = Accepted(Item("CallHeld", "'callId':'c-1','callId':'c-2'"));

        Assert.Equal("c-2", e.CallId);
    }
}
