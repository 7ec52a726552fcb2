using System.Text.Json;
using ContactCenter.Contracts.Events;
using ContactCenter.Ingestion.Tests.Support;
using static ContactCenter.Ingestion.Tests.Support.Wire;

namespace ContactCenter.Ingestion.Tests;

public class CallEventTests
{
    [Fact]
    public void A_CallQueued_carries_its_call_queue_number_and_tier()
    {
        var e = Accepted(Item("CallQueued",
            "'callId':'c-1','queueId':'sales.uk','direction':'inbound','callerNumber':'+44 (20) 7946-0018','customerTier':'vip'"));

        Assert.Equal(
            new FloorEvent("e-1", FloorEventType.CallQueued, AtValue, CallId: "c-1", QueueId: "sales.uk",
                Direction: CallDirection.Inbound, CallerNumber: "+44 (20) 7946-0018", Tier: CustomerTier.Vip),
            e);
    }

    [Fact]
    public void A_CallQueued_without_direction_or_tier_is_an_inbound_regular_call()
    {
        var e = Accepted(Item("CallQueued", "'callId':'c-1','queueId':'q-1'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallQueued, AtValue, CallId: "c-1", QueueId: "q-1"), e);
        Assert.Equal(CallDirection.Inbound, e.Direction);
        Assert.Equal(CustomerTier.Regular, e.Tier);
    }

    [Theory]
    [InlineData(CustomerTier.Regular)]
    [InlineData(CustomerTier.HighValue)]
    [InlineData(CustomerTier.Vip)]
    public void Every_customer_tier_is_read_by_the_name_the_api_writes_it_with(CustomerTier tier)
    {
        var wireName = JsonSerializer.Serialize(tier).Trim('"');

        var e = Accepted(Item("CallQueued", $"'callId':'c-1','queueId':'q-1','customerTier':'{wireName}'"));

        Assert.Equal(tier, e.Tier);
    }

    [Fact]
    public void An_unknown_customer_tier_is_rejected_naming_the_tiers()
    {
        var rejected = Rejected(Item("CallQueued", "'callId':'c-1','queueId':'q-1','customerTier':'gold'"));

        Assert.Equal(new(0, "e-1", "customerTier", "invalid", "customerTier 'gold' must be regular, high-value or vip for CallQueued"), rejected);
    }

    [Fact]
    public void An_outbound_CallQueued_is_rejected_because_outbound_calls_start_with_CallDialed()
    {
        var rejected = Rejected(Item("CallQueued", "'callId':'c-1','queueId':'q-1','direction':'outbound'"));

        Assert.Equal(new(0, "e-1", "direction", "invalid", "direction 'outbound' must be inbound for CallQueued: an outbound call starts with CallDialed"), rejected);
    }

    [Fact]
    public void An_unknown_direction_is_rejected()
    {
        var rejected = Rejected(Item("CallQueued", "'callId':'c-1','queueId':'q-1','direction':'sideways'"));

        Assert.Equal(new(0, "e-1", "direction", "invalid", "direction 'sideways' must be inbound for CallQueued: an outbound call starts with CallDialed"), rejected);
    }

    [Fact]
    public void A_CallDialed_is_an_outbound_call_with_its_agent_queue_and_number()
    {
        var e = Accepted(Item("CallDialed", "'callId':'c-2','agentId':'a-7','queueId':'collections','calledNumber':'0044 20 7946 0018'"));

        Assert.Equal(
            new FloorEvent("e-1", FloorEventType.CallDialed, AtValue, CallId: "c-2", AgentId: "a-7", QueueId: "collections",
                Direction: CallDirection.Outbound, CalledNumber: "0044 20 7946 0018"),
            e);
    }

    [Theory]
    [InlineData("CallOffered")]
    [InlineData("CallAnswered")]
    public void An_offer_or_answer_names_the_call_and_the_agent(string type)
    {
        var e = Accepted(Item(type, "'callId':'c-1','agentId':'a-1'"));

        Assert.Equal(new FloorEvent("e-1", Enum.Parse<FloorEventType>(type), AtValue, CallId: "c-1", AgentId: "a-1"), e);
    }

    [Theory]
    [InlineData("CallOffered")]
    [InlineData("CallAnswered")]
    [InlineData("CallAbandoned")]
    public void A_call_that_was_never_queued_can_name_its_queue_on_its_first_event(string type)
    {
        var e = Accepted(Item(type, "'callId':'c-1','agentId':'a-1','queueId':'q-9'"));

        Assert.Equal("q-9", e.QueueId);
    }

    [Theory]
    [InlineData("CallHeld")]
    [InlineData("CallResumed")]
    public void A_hold_or_resume_needs_only_the_call(string type)
    {
        var e = Accepted(Item(type, "'callId':'c-1'"));

        Assert.Equal(new FloorEvent("e-1", Enum.Parse<FloorEventType>(type), AtValue, CallId: "c-1"), e);
    }

    [Theory]
    [InlineData("CallHeld")]
    [InlineData("CallResumed")]
    public void A_hold_or_resume_may_name_the_agent(string type)
    {
        var e = Accepted(Item(type, "'callId':'c-1','agentId':'a-1'"));

        Assert.Equal(new FloorEvent("e-1", Enum.Parse<FloorEventType>(type), AtValue, CallId: "c-1", AgentId: "a-1"), e);
    }

    [Fact]
    public void A_transfer_to_a_queue_carries_the_queue()
    {
        var e = Accepted(Item("CallTransferred", "'callId':'c-1','toQueueId':'billing'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallTransferred, AtValue, CallId: "c-1", ToQueueId: "billing"), e);
    }

    [Fact]
    public void A_transfer_to_an_agent_carries_the_agent()
    {
        var e = Accepted(Item("CallTransferred", "'callId':'c-1','toAgentId':'a-2'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallTransferred, AtValue, CallId: "c-1", ToAgentId: "a-2"), e);
    }

    [Fact]
    public void A_transfer_to_both_a_queue_and_an_agent_is_rejected()
    {
        var rejected = Rejected(Item("CallTransferred", "'callId':'c-1','toQueueId':'billing','toAgentId':'a-2'"));

        Assert.Equal(new(0, "e-1", "toQueueId", "invalid", "CallTransferred needs exactly one of toQueueId or toAgentId, not both"), rejected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",'toQueueId':null,'toAgentId':null")]
    public void A_transfer_to_neither_a_queue_nor_an_agent_is_rejected(string targets)
    {
        var rejected = Rejected(Item("CallTransferred", "'callId':'c-1'" + targets));

        Assert.Equal(new(0, "e-1", "toQueueId", "required", "CallTransferred needs exactly one of toQueueId or toAgentId"), rejected);
    }

    [Fact]
    public void A_CallEnded_without_a_reason_was_completed()
    {
        var e = Accepted(Item("CallEnded", "'callId':'c-1'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallEnded, AtValue, CallId: "c-1", EndReason: CallEndReason.Completed), e);
    }

    [Theory]
    [InlineData("completed", CallEndReason.Completed)]
    [InlineData("caller-hangup", CallEndReason.CallerHangup)]
    [InlineData("agent-hangup", CallEndReason.AgentHangup)]
    [InlineData("no-answer", CallEndReason.NoAnswer)]
    public void A_CallEnded_reason_becomes_the_end_reason(string reason, CallEndReason expected)
    {
        var e = Accepted(Item("CallEnded", $"'callId':'c-1','reason':'{reason}'"));

        Assert.Equal(expected, e.EndReason);
        Assert.Null(e.Reason);
        Assert.Equal(reason, JsonSerializer.Serialize(expected).Trim('"'));
    }

    [Fact]
    public void An_unknown_end_reason_is_rejected_naming_the_reasons()
    {
        var rejected = Rejected(Item("CallEnded", "'callId':'c-1','reason':'exploded'"));

        Assert.Equal(
            new(0, "e-1", "reason", "invalid", "reason 'exploded' must be completed, caller-hangup, agent-hangup, no-answer, overflowed or blocked for CallEnded"),
            rejected);
    }

    [Fact]
    public void A_blocked_call_names_the_queue_that_refused_it_and_may_name_the_caller()
    {
        var e = Accepted(Item("CallEnded", "'callId':'c-1','reason':'blocked','queueId':'q-1','callerNumber':'+44 20 7946 0123'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallEnded, AtValue, CallId: "c-1", QueueId: "q-1", CallerNumber: "+44 20 7946 0123", EndReason: CallEndReason.Blocked), e);
    }

    [Fact]
    public void A_blocked_call_without_its_queue_is_rejected_naming_queueId()
    {
        var rejected = Rejected(Item("CallEnded", "'callId':'c-1','reason':'blocked'"));

        Assert.Equal(("queueId", "required"), (rejected.Field, rejected.Reason));
    }

    [Fact]
    public void An_overflowed_call_is_a_call_end_with_that_reason()
    {
        var e = Accepted(Item("CallEnded", "'callId':'c-1','reason':'overflowed'"));

        Assert.Equal(CallEndReason.Overflowed, e.EndReason);
    }

    [Fact]
    public void A_CallAbandoned_names_the_call()
    {
        var e = Accepted(Item("CallAbandoned", "'callId':'c-1'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.CallAbandoned, AtValue, CallId: "c-1"), e);
    }
}
