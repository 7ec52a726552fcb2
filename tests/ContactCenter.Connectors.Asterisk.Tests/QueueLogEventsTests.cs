using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Connectors.Asterisk.Tests;

/// <summary>Each queue_log event in the floor's terms, from lines shaped as the Asterisk documentation gives them.</summary>
public sealed class QueueLogEventsTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1732700000);

    private static QueueLogMapping Map(string rest) => QueueLogEvents.Map(QueueLogParser.Parse($"1732700000|{rest}", 5).Entry!);

    [Fact]
    public void ENTERQUEUE_queues_the_call_with_its_caller_number()
    {
        var e = Assert.Single(Map("c1|billing|NONE|ENTERQUEUE||+442079460123|1").Events);

        Assert.Equal((FloorEventType.CallQueued, "c1", "billing", "+442079460123", At), (e.Type, e.CallId, e.QueueId, e.CallerNumber, e.At));
    }

    [Fact]
    public void A_caller_id_that_is_a_name_is_no_number()
    {
        Assert.Null(Assert.Single(Map("c1|billing|NONE|ENTERQUEUE||Anonymous|1").Events).CallerNumber);
    }

    [Fact]
    public void CONNECT_is_the_offer_its_ring_time_before_and_the_answer_with_the_wait_from_the_queue_times()
    {
        var events = Map("c1|billing|PJSIP/201|CONNECT|30|c1.5|3").Events;

        Assert.Equal(
            [(FloorEventType.CallOffered, At.AddSeconds(-3), "201"), (FloorEventType.CallAnswered, At, "201")],
            events.Select(e => (e.Type, e.At, e.AgentId!)));
        Assert.Equal(2, events.Select(e => e.EventId).Distinct().Count());
    }

    [Theory]
    [InlineData("RINGNOANSWER|15000", -15.0)]
    [InlineData("RINGCANCELED|2500", -2.5)]
    [InlineData("SYSCOMPAT|", 0.0)]
    public void A_ring_without_an_answer_is_an_offer_to_that_member(string rest, double offeredAt)
    {
        var e = Assert.Single(Map($"c1|billing|SIP/201|{rest}").Events);

        Assert.Equal((FloorEventType.CallOffered, "201", At.AddSeconds(offeredAt)), (e.Type, e.AgentId, e.At));
    }

    [Theory]
    [InlineData("COMPLETECALLER|30|120|1", CallEndReason.CallerHangup)]
    [InlineData("COMPLETEAGENT|30|120|1", CallEndReason.AgentHangup)]
    [InlineData("TRANSFER|300@default|default|30|120|1", CallEndReason.Completed)]
    [InlineData("BLINDTRANSFER|300|default|30|120|1", CallEndReason.Completed)]
    [InlineData("ATTENDEDTRANSFER|BRIDGE|c9|30|120|1", CallEndReason.Completed)]
    [InlineData("EXITWITHTIMEOUT|1|2|300", CallEndReason.Overflowed)]
    [InlineData("EXITWITHKEY|5|1|2|40", CallEndReason.Overflowed)]
    [InlineData("EXITEMPTY|1|2|40", CallEndReason.Overflowed)]
    public void A_call_leaving_the_queue_ends_with_the_reason_the_line_gives(string rest, CallEndReason reason)
    {
        var e = Assert.Single(Map($"c1|billing|PJSIP/201|{rest}").Events);

        Assert.Equal((FloorEventType.CallEnded, reason), (e.Type, e.EndReason));
    }

    [Fact]
    public void A_failover_overflows_out_of_the_queue_it_names_and_queues_the_same_call_in_the_next()
    {
        // FreePBX failover: q1 times out after 300 s and the dialplan sends the caller to q2 in the same second.
        var events = new[] { "c1|q1|NONE|EXITWITHTIMEOUT|1|1|300", "c1|q2|NONE|ENTERQUEUE||+442079460123|1" }.SelectMany(line => Map(line).Events).ToList();

        Assert.Equal(
            [(FloorEventType.CallEnded, CallEndReason.Overflowed, "q1"), (FloorEventType.CallQueued, null, "q2")],
            events.Select(e => (e.Type, e.EndReason, e.QueueId!)));
        Assert.All(events, e => Assert.Equal(("c1", At), (e.CallId, e.At)));
        Assert.NotEqual(events[0].EventId, events[1].EventId);
    }

    [Fact]
    public void ABANDON_is_an_abandon_whose_wait_comes_from_the_queue_times()
    {
        Assert.Equal(FloorEventType.CallAbandoned, Assert.Single(Map("c1|billing|NONE|ABANDON|1|1|4").Events).Type);
    }

    [Theory]
    [InlineData("JOINEMPTY")]
    [InlineData("JOINUNAVAIL")]
    public void A_caller_refused_entry_is_blocked_at_that_queue(string name)
    {
        var e = Assert.Single(Map($"c1|billing|NONE|{name}|1|1|1").Events);

        Assert.Equal((FloorEventType.CallEnded, CallEndReason.Blocked, "billing"), (e.Type, e.EndReason, e.QueueId));
    }

    [Theory]
    [InlineData("NONE|PJSIP/201|AGENTLOGIN|PJSIP/201", FloorEventType.AgentLoggedIn)]
    [InlineData("NONE|Agent/201|AGENTCALLBACKLOGIN|201@agents", FloorEventType.AgentLoggedIn)]
    [InlineData("billing|PJSIP/201|ADDMEMBER|", FloorEventType.AgentLoggedIn)]
    [InlineData("NONE|PJSIP/201|AGENTLOGOFF|PJSIP/201|3600", FloorEventType.AgentLoggedOut)]
    [InlineData("NONE|Agent/201|AGENTCALLBACKLOGOFF|201@agents|3600|CommandLogoff", FloorEventType.AgentLoggedOut)]
    [InlineData("billing|PJSIP/201|REMOVEMEMBER|", FloorEventType.AgentLoggedOut)]
    public void Log_in_and_out_and_membership_are_the_agents_log_in_and_out(string rest, FloorEventType type)
    {
        var e = Assert.Single(Map($"NONE|{rest}").Events);

        Assert.Equal((type, "201"), (e.Type, e.AgentId));
    }

    [Fact]
    public void A_member_joins_and_leaves_one_queue_at_a_time_keeping_its_others()
    {
        var added = Assert.Single(Map("NONE|billing|PJSIP/201|ADDMEMBER|").Events);
        var removed = Assert.Single(Map("NONE|billing|PJSIP/201|REMOVEMEMBER|").Events);
        var loggedOff = Assert.Single(Map("NONE|NONE|PJSIP/201|AGENTLOGOFF|PJSIP/201|3600").Events);

        Assert.Equal((QueueMembership.Add, "billing"), (added.Membership, string.Join(",", added.Queues!)));
        Assert.Equal((QueueMembership.Remove, "billing"), (removed.Membership, string.Join(",", removed.Queues!)));
        Assert.Equal((QueueMembership.Replace, null), (loggedOff.Membership, loggedOff.Queues));
    }

    [Theory]
    [InlineData("PAUSE|lunch", AgentState.NotReady, "lunch")]
    [InlineData("PAUSEALL|", AgentState.NotReady, "paused")]
    [InlineData("UNPAUSE|", AgentState.Available, null)]
    [InlineData("UNPAUSEALL|", AgentState.Available, null)]
    public void Pauses_are_not_ready_with_their_reason_and_unpauses_available(string rest, AgentState state, string? reason)
    {
        var e = Assert.Single(Map($"NONE|billing|PJSIP/201|{rest}").Events);

        Assert.Equal((FloorEventType.AgentStateChanged, state, reason), (e.Type, e.State, e.Reason));
    }

    [Theory]
    [InlineData("NONE|NONE|NONE|QUEUESTART|")]
    [InlineData("NONE|billing|NONE|CONFIGRELOAD|")]
    [InlineData("c1|billing|NONE|DID|5551234")]
    [InlineData("c1|billing|NONE|INFO|whatever")]
    [InlineData("c1|billing|NONE|SOMETHINGNEW|1|2")]
    public void Events_the_floor_has_no_use_for_are_counted_and_skipped(string rest)
    {
        var mapped = Map(rest);

        Assert.True(mapped.Skipped);
        Assert.Empty(mapped.Events);
        Assert.Null(mapped.Problem);
    }

    [Theory]
    [InlineData("NONE|billing|NONE|ENTERQUEUE||555|1", "callid")]
    [InlineData("c1|NONE|NONE|ENTERQUEUE||555|1", "queue")]
    [InlineData("c1|billing|NONE|CONNECT|30|c1.5|3", "agent")]
    [InlineData("NONE|billing|NONE|PAUSE|lunch", "agent")]
    public void A_line_missing_what_its_event_needs_is_a_problem_naming_the_field(string rest, string field)
    {
        var problem = Map(rest).Problem;

        Assert.NotNull(problem);
        Assert.Equal((5, field), (problem.Line, problem.Field));
    }

    [Theory]
    [InlineData("c1|billing|Alice Smith|CONNECT|10|c1.5|2", "agent", "Alice Smith")]
    [InlineData("c1|sales queue|NONE|ENTERQUEUE||555|1", "queue", "sales queue")]
    [InlineData("c1:2|billing|NONE|ENTERQUEUE||555|1", "callid", "c1:2")]
    public void A_name_that_cannot_be_a_floor_id_is_a_problem_naming_it(string rest, string field, string value)
    {
        var problem = Map(rest).Problem;

        Assert.NotNull(problem);
        Assert.Equal(field, problem.Field);
        Assert.Contains($"'{value}' is not a floor id", problem.Reason, StringComparison.Ordinal);
    }
}
