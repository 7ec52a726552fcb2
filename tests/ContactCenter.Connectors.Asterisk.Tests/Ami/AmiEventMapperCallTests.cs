using ContactCenter.Contracts.Events;
using static ContactCenter.Connectors.Asterisk.Tests.Ami.AmiFixtures;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>A call's AMI events in the floor's terms when AMI alone feeds the floor.</summary>
public sealed class AmiEventMapperCallTests
{
    private const string C1 = "1732700010.1";

    [Fact]
    public void QueueCallerJoin_queues_the_call_named_by_the_callers_linkedid_with_its_number()
    {
        var e = Assert.Single(Mapper().Map(QueueCallerJoin(10, C1, "sales")));

        Assert.Equal((FloorEventType.CallQueued, C1, "sales", "+442079460123", At(10)), (e.Type, e.CallId, e.QueueId, e.CallerNumber, e.At));
        Assert.StartsWith("ami-", e.EventId);
    }

    [Fact]
    public void A_caller_id_that_is_a_name_is_no_number()
    {
        Assert.Null(Assert.Single(Mapper().Map(QueueCallerJoin(10, C1, "sales", number: "anonymous"))).CallerNumber);
    }

    [Fact]
    public void AgentCalled_offers_the_call_to_the_member_and_a_ring_with_no_answer_adds_nothing()
    {
        var mapper = Mapper();
        var events = Feed(mapper, QueueCallerJoin(10, C1, "sales"), AgentCalled(11, C1, "sales", "PJSIP/201"), AgentRingNoAnswer(26, C1, "sales", "PJSIP/201", 15000));

        Assert.Equal([FloorEventType.CallQueued, FloorEventType.CallOffered], events.Select(e => e.Type));
        Assert.Equal(("201", At(11)), (events[1].AgentId, events[1].At));
        Assert.Equal("PJSIP/201", mapper.InterfaceOf("201"));
    }

    [Theory]
    [InlineData("caller", CallEndReason.CallerHangup)]
    [InlineData("agent", CallEndReason.AgentHangup)]
    [InlineData("transfer", CallEndReason.Completed)]
    public void AgentConnect_answers_and_AgentComplete_ends_with_the_reason(string reason, CallEndReason expected)
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), AgentConnect(16, C1, "sales", "SIP/201-0000002a"), QueueCallerLeave(16, C1, "sales"),
            AgentComplete(70, C1, "sales", "PJSIP/201", reason), Hangup(70, C1 + "1", C1), Hangup(70, C1, C1));

        Assert.Equal(
            [(FloorEventType.CallQueued, At(10), null, null), (FloorEventType.CallAnswered, At(16), "201", null), (FloorEventType.CallEnded, At(70), "201", expected)],
            events.Select(e => (e.Type, e.At, e.AgentId, e.EndReason)));
    }

    [Fact]
    public void QueueCallerAbandon_abandons_and_the_leave_and_hangup_after_it_add_nothing()
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), QueueCallerAbandon(40, C1, "sales", 30), QueueCallerLeave(40, C1, "sales"), Hangup(40, C1, C1));

        Assert.Equal([(FloorEventType.CallQueued, At(10)), (FloorEventType.CallAbandoned, At(40))], events.Select(e => (e.Type, e.At)));
        Assert.Equal("sales", events[1].QueueId);
    }

    [Fact]
    public void A_leave_with_no_answer_before_the_callers_hangup_is_an_overflow_at_the_time_of_the_leave()
    {
        // A queue timeout: the caller leaves the queue at 70 and the dialplan sends it to voicemail until 95.
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), AgentCalled(11, C1, "sales", "PJSIP/201"), QueueCallerLeave(70, C1, "sales"), Hangup(95, C1, C1));

        var ended = events[^1];
        Assert.Equal((FloorEventType.CallEnded, CallEndReason.Overflowed, At(70), "sales"), (ended.Type, ended.EndReason, ended.At, ended.QueueId));
    }

    [Fact]
    public void A_failover_overflows_out_of_the_first_queue_at_the_leave_and_queues_the_call_in_the_next_where_it_is_answered()
    {
        // sales times out at 70 and the dialplan sends the caller to support, where 202 answers at 80.
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), AgentCalled(11, C1, "sales", "PJSIP/201"), QueueCallerLeave(70, C1, "sales"),
            QueueCallerJoin(70, C1, "support"), AgentConnect(80, C1, "support", "PJSIP/202"), QueueCallerLeave(80, C1, "support"),
            AgentComplete(200, C1, "support", "PJSIP/202", "caller"), Hangup(200, C1, C1));

        Assert.Equal(
            [
                (FloorEventType.CallQueued, At(10), "sales", null), (FloorEventType.CallOffered, At(11), "sales", null),
                (FloorEventType.CallEnded, At(70), "sales", CallEndReason.Overflowed), (FloorEventType.CallQueued, At(70), "support", null),
                (FloorEventType.CallAnswered, At(80), "support", null), (FloorEventType.CallEnded, At(200), "support", (CallEndReason?)CallEndReason.CallerHangup),
            ],
            events.Select(e => (e.Type, e.At, e.QueueId!, e.EndReason)));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void A_failover_into_a_queue_the_caller_hangs_up_in_is_an_overflow_then_an_abandon_there()
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), QueueCallerLeave(70, C1, "sales"), QueueCallerJoin(70, C1, "support"), Hangup(95, C1, C1));

        Assert.Equal(
            [(FloorEventType.CallQueued, At(10), "sales"), (FloorEventType.CallEnded, At(70), "sales"), (FloorEventType.CallQueued, At(70), "support"), (FloorEventType.CallAbandoned, At(95), "support")],
            events.Select(e => (e.Type, e.At, e.QueueId!)));
    }

    [Fact]
    public void A_caller_let_go_by_both_queues_overflows_out_of_each_once()
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), QueueCallerLeave(70, C1, "sales"), QueueCallerJoin(70, C1, "support"),
            QueueCallerLeave(130, C1, "support"), Hangup(150, C1, C1));

        var overflows = events.Where(e => e.EndReason == CallEndReason.Overflowed).Select(e => (e.At, e.QueueId!)).ToList();
        Assert.Equal([(At(70), "sales"), (At(130), "support")], overflows);
    }

    [Fact]
    public void Beside_queue_log_a_failover_sends_nothing()
    {
        Assert.Empty(Feed(Mapper(queueLogOwnsCalls: true), QueueCallerJoin(10, C1, "sales"), QueueCallerLeave(70, C1, "sales"), QueueCallerJoin(70, C1, "support"), Hangup(95, C1, C1)));
    }

    [Fact]
    public void A_leave_followed_by_the_answer_is_no_overflow_whichever_comes_first()
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), QueueCallerLeave(16, C1, "sales"), AgentConnect(16, C1, "sales", "PJSIP/201"), Hangup(80, C1, C1));

        Assert.Equal([FloorEventType.CallQueued, FloorEventType.CallAnswered], events.Select(e => e.Type));
    }

    [Fact]
    public void A_caller_hanging_up_in_the_queue_without_an_abandon_event_abandons_at_the_hangup()
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), Hangup(25, C1 + "1", C1), Hangup(30, C1, C1));

        Assert.Equal([(FloorEventType.CallQueued, At(10)), (FloorEventType.CallAbandoned, At(30))], events.Select(e => (e.Type, e.At)));
    }

    [Fact]
    public void Hold_and_music_on_hold_are_one_hold_and_one_resume_for_the_answering_agent()
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), Channel("MusicOnHoldStart", 11, C1, C1), Channel("MusicOnHoldStop", 16, C1, C1),
            AgentConnect(16, C1, "sales", "PJSIP/201"),
            Channel("Hold", 30, C1 + "1", C1), Channel("MusicOnHoldStart", 30, C1, C1), Channel("Unhold", 45, C1 + "1", C1), Channel("MusicOnHoldStop", 45, C1, C1));

        Assert.Equal(
            [(FloorEventType.CallQueued, At(10), null), (FloorEventType.CallAnswered, At(16), "201"), (FloorEventType.CallHeld, At(30), "201"), (FloorEventType.CallResumed, At(45), "201")],
            events.Select(e => (e.Type, e.At, e.AgentId)));
    }

    [Fact]
    public void A_call_answered_before_the_mapper_saw_it_join_still_has_its_holds_and_no_overflow_at_its_hangup()
    {
        var events = Feed(Mapper(), AgentConnect(16, C1, "sales", "PJSIP/201"), Channel("Hold", 30, C1 + "1", C1), Channel("Unhold", 45, C1 + "1", C1), Hangup(80, C1, C1));

        Assert.Equal([FloorEventType.CallAnswered, FloorEventType.CallHeld, FloorEventType.CallResumed], events.Select(e => e.Type));
    }

    [Fact]
    public void A_transfer_ends_the_call_completed_once_whether_or_not_AgentComplete_transfer_follows()
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), AgentConnect(16, C1, "sales", "PJSIP/201"), BlindTransfer(50, C1),
            AgentComplete(50, C1, "sales", "PJSIP/201", "transfer"), Hangup(90, C1, C1));

        var ended = Assert.Single(events, e => e.Type == FloorEventType.CallEnded);
        Assert.Equal((CallEndReason.Completed, At(50)), (ended.EndReason, ended.At));
    }

    [Fact]
    public void An_attended_transfer_ends_the_callers_call_not_the_agents_consultation()
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), AgentConnect(16, C1, "sales", "PJSIP/201"), AttendedTransfer(80, C1));

        var ended = Assert.Single(events, e => e.Type == FloorEventType.CallEnded);
        Assert.Equal((C1, CallEndReason.Completed, At(80)), (ended.CallId, ended.EndReason, ended.At));
    }

    [Fact]
    public void A_failed_transfer_and_a_transfer_of_a_call_not_in_a_queue_end_nothing()
    {
        var events = Feed(Mapper(), QueueCallerJoin(10, C1, "sales"), AgentConnect(16, C1, "sales", "PJSIP/201"), BlindTransfer(50, C1, result: "Fail"), BlindTransfer(55, "1732700099.9"));

        Assert.DoesNotContain(events, e => e.Type == FloorEventType.CallEnded);
    }

    [Fact]
    public void One_event_read_twice_has_one_id_and_a_call_id_that_is_no_floor_id_is_skipped()
    {
        Assert.Equal(Mapper().Map(QueueCallerJoin(10, C1, "sales"))[0].EventId, Mapper().Map(QueueCallerJoin(10, C1, "sales"))[0].EventId);
        Assert.Empty(Mapper().Map(QueueCallerJoin(10, "bad id", "sales")));
        Assert.Empty(Mapper().Map(QueueCallerJoin(10, C1, "sales queue")));
    }

    [Fact]
    public void Without_a_Timestamp_field_the_event_takes_its_arrival_time()
    {
        var mapper = new Asterisk.Ami.AmiEventMapper(Asterisk.QueueLog.QueueLogAgents.None, false, new FixedTime(At(99)));
        var message = Asterisk.Ami.AmiMessage.Of([.. QueueCallerJoin(10, C1, "sales").Fields.Where(f => f.Key != "Timestamp").Select(f => (f.Key, f.Value))]);

        Assert.Equal(At(99), Assert.Single(mapper.Map(message)).At);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
