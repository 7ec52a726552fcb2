using System.Text.Json;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using static ContactCenter.Ingestion.Tests.Support.Wire;

namespace ContactCenter.Ingestion.Tests;

public class AgentEventTests
{
    [Fact]
    public void An_AgentLoggedIn_carries_the_name_team_and_queues()
    {
        var e = Accepted(Item("AgentLoggedIn", "'agentId':'a-1','name':'Ada Lovelace','teamId':'team.north','queues':['sales','billing_2']"));

        Assert.Equal(new[] { "sales", "billing_2" }, e.Queues);
        Assert.Equal(
            new FloorEvent("e-1", FloorEventType.AgentLoggedIn, AtValue, AgentId: "a-1", Name: "Ada Lovelace", TeamId: "team.north"),
            e with { Queues = null });
    }

    [Fact]
    public void An_AgentLoggedIn_with_only_the_agent_leaves_the_rest_unknown()
    {
        var e = Accepted(Item("AgentLoggedIn", "'agentId':'a-1'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.AgentLoggedIn, AtValue, AgentId: "a-1"), e);
    }

    [Fact]
    public void An_AgentLoggedIn_with_an_empty_queue_list_has_no_queues()
    {
        var e = Accepted(Item("AgentLoggedIn", "'agentId':'a-1','queues':[]"));

        Assert.NotNull(e.Queues);
        Assert.Empty(e.Queues);
    }

    [Fact]
    public void A_blank_name_counts_as_no_name()
    {
        var e = Accepted(Item("AgentLoggedIn", "'agentId':'a-1','name':'  '"));

        Assert.Null(e.Name);
    }

    [Theory]
    [InlineData("available", AgentState.Available)]
    [InlineData("wrap-up", AgentState.WrapUp)]
    [InlineData("not-ready", AgentState.NotReady)]
    public void An_AgentStateChanged_carries_the_state(string state, AgentState expected)
    {
        var e = Accepted(Item("AgentStateChanged", $"'agentId':'a-1','state':'{state}'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.AgentStateChanged, AtValue, AgentId: "a-1", State: expected), e);
        Assert.Equal(state, JsonSerializer.Serialize(expected).Trim('"'));
    }

    [Fact]
    public void A_not_ready_state_carries_its_reason_code()
    {
        var e = Accepted(Item("AgentStateChanged", "'agentId':'a-1','state':'not-ready','reason':'lunch'"));

        Assert.Equal(
            new FloorEvent("e-1", FloorEventType.AgentStateChanged, AtValue, AgentId: "a-1", State: AgentState.NotReady, Reason: "lunch"),
            e);
    }

    [Theory]
    [InlineData("talking")]
    [InlineData("on-hold")]
    [InlineData("ringing")]
    [InlineData("logged-out")]
    [InlineData("Available")]
    public void A_state_the_floor_derives_from_other_events_cannot_be_sent(string state)
    {
        var rejected = Rejected(Item("AgentStateChanged", $"'agentId':'a-1','state':'{state}'"));

        Assert.Equal(
            new(0, "e-1", "state", "invalid", $"state '{state}' must be available, wrap-up or not-ready for AgentStateChanged"),
            rejected);
    }

    [Fact]
    public void An_AgentLoggedOut_names_the_agent()
    {
        var e = Accepted(Item("AgentLoggedOut", "'agentId':'a-1'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.AgentLoggedOut, AtValue, AgentId: "a-1"), e);
    }

    [Fact]
    public void An_AssistanceRequested_carries_the_reason_and_the_call()
    {
        var e = Accepted(Item("AssistanceRequested", "'agentId':'a-1','reason':'customer demands a manager','callId':'c-1'"));

        Assert.Equal(
            new FloorEvent("e-1", FloorEventType.AssistanceRequested, AtValue, CallId: "c-1", AgentId: "a-1", Reason: "customer demands a manager"),
            e);
    }

    [Fact]
    public void An_AssistanceRequested_may_leave_out_the_call()
    {
        var e = Accepted(Item("AssistanceRequested", "'agentId':'a-1','reason':'refund beyond my authority'"));

        Assert.Equal(
            new FloorEvent("e-1", FloorEventType.AssistanceRequested, AtValue, AgentId: "a-1", Reason: "refund beyond my authority"),
            e);
    }

    [Fact]
    public void An_AssistanceRequested_with_a_blank_reason_is_rejected()
    {
        var rejected = Rejected(Item("AssistanceRequested", "'agentId':'a-1','reason':' '"));

        Assert.Equal(new(0, "e-1", "reason", "invalid", "reason must not be blank"), rejected);
    }

    [Fact]
    public void An_AssistanceCleared_names_the_agent()
    {
        var e = Accepted(Item("AssistanceCleared", "'agentId':'a-1'"));

        Assert.Equal(new FloorEvent("e-1", FloorEventType.AssistanceCleared, AtValue, AgentId: "a-1"), e);
    }
}
