using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Timeline;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

public sealed class CallFactsTests
{
    [Fact]
    public void A_queued_call_is_waiting_in_its_queue_with_the_callers_details()
    {
        var call = Call(Queued("c1", S(0), "q1", CustomerTier.Vip));

        Assert.True(call.Exists);
        Assert.Equal(CallState.Queued, call.State);
        Assert.Equal(CallDirection.Inbound, call.Direction);
        Assert.Equal(CustomerTier.Vip, call.Tier);
        Assert.Equal(Caller, call.CallerNumber);
        Assert.Equal("q1", call.QueueId);
        Assert.Equal(S(0), call.FirstQueuedAt);
        Assert.Equal(S(0), call.WaitingSince);
        Assert.True(call.IsWaiting);
        Assert.False(call.IsConnected);
        Assert.False(call.IsOver);
        Assert.Equal(12, call.WaitAt(S(12)));
        Assert.Equal(0, call.RingAt(S(12)));
    }

    [Fact]
    public void An_offered_call_rings_and_its_ring_time_is_part_of_the_wait()
    {
        var call = Call(Queued("c1", S(0)), Offered("c1", S(8), "a1"));

        Assert.Equal(CallState.Ringing, call.State);
        Assert.Equal("a1", call.AgentId);
        Assert.Equal(S(8), call.OfferedAt);
        Assert.True(call.IsWaiting);
        Assert.Equal(S(0), call.WaitingSince);
        // At 09:00:11: ringing 11 - 8 = 3 s, waiting 11 s since queued.
        Assert.Equal(3, call.RingAt(S(11)));
        Assert.Equal(11, call.WaitAt(S(11)));
    }

    [Fact]
    public void An_answered_call_is_talking_and_its_wait_and_ring_are_fixed_at_the_answer()
    {
        var call = Call(Queued("c1", S(0)), Offered("c1", S(8)), Answered("c1", S(14)));

        Assert.Equal(CallState.Talking, call.State);
        Assert.True(call.IsConnected);
        Assert.False(call.IsWaiting);
        Assert.Null(call.WaitingSince);
        Assert.Equal(S(14), call.AnsweredAt);
        Assert.Equal(6, call.RingSeconds);
        Assert.Equal(6, call.RingAt(S(500)));
        // Wait runs from queued (0) to answered (14), whatever the clock says later.
        Assert.Equal(14, call.WaitAt(S(500)));
        Assert.Equal(0, call.TalkSeconds);
        Assert.Equal(30, call.TalkAt(S(44)));
    }

    [Fact]
    public void A_held_call_counts_its_current_hold_against_the_clock_and_its_hold_number()
    {
        var call = Call(Queued("c1", S(0)), Answered("c1", S(14)), Held("c1", S(74)));

        Assert.Equal(CallState.OnHold, call.State);
        Assert.Equal(S(74), call.HoldingSince);
        Assert.Equal(1, call.HoldCount);
        Assert.Equal([S(74)], call.HoldStarts);
        Assert.Equal(60, call.TalkSeconds);
        Assert.Equal(0, call.HoldSeconds);
        // At 09:01:40 the caller has held 100 - 74 = 26 s; talk stays 60 s while on hold.
        Assert.Equal(26, call.CurrentHoldAt(S(100)));
        Assert.Equal(26, call.HoldAt(S(100)));
        Assert.Equal(60, call.TalkAt(S(100)));
    }

    [Fact]
    public void A_resumed_call_fixes_the_hold_and_talks_again()
    {
        var call = Call(Queued("c1", S(0)), Answered("c1", S(14)), Held("c1", S(74)), Resumed("c1", S(104)));

        Assert.Equal(CallState.Talking, call.State);
        Assert.Null(call.HoldingSince);
        Assert.Equal(30, call.HoldSeconds);
        Assert.Equal(0, call.CurrentHoldAt(S(110)));
        Assert.Equal(30, call.HoldAt(S(110)));
        // Talk: 14..74 = 60 s, then 104..110 = 6 s running.
        Assert.Equal(66, call.TalkAt(S(110)));
    }

    [Fact]
    public void A_whole_inbound_call_has_exact_wait_ring_talk_hold_and_transfer_figures()
    {
        var call = Call(
            Queued("c1", S(0), "q1", CustomerTier.Vip),
            Offered("c1", S(8), "a1"),
            Answered("c1", S(14), "a1"),
            Held("c1", S(74)),
            Resumed("c1", S(104)),
            TransferredToAgent("c1", S(164), "a2"),
            Held("c1", S(200), "a2"),
            Resumed("c1", S(215), "a2"),
            Ended("c1", S(260), agent: "a2"));

        Assert.Equal(CallState.Ended, call.State);
        Assert.True(call.IsOver);
        Assert.Equal(CallEndReason.Completed, call.EndReason);
        Assert.Equal(S(260), call.EndedAt);
        Assert.Equal("a2", call.AgentId);
        Assert.Equal("q1", call.QueueId);
        Assert.Equal(14, call.WaitAt(S(1000)));
        Assert.Equal(6, call.RingSeconds);
        // Talk: 14..74 (60) + 104..164 (60) + 164..200 (36) + 215..260 (45) = 201.
        Assert.Equal(201, call.TalkSeconds);
        Assert.Equal(201, call.TalkAt(S(1000)));
        // Hold: 74..104 (30) + 200..215 (15) = 45.
        Assert.Equal(45, call.HoldSeconds);
        Assert.Equal(45, call.HoldAt(S(1000)));
        Assert.Equal(0, call.CurrentHoldAt(S(1000)));
        Assert.Equal(2, call.HoldCount);
        Assert.Equal([S(74), S(200)], call.HoldStarts);
        Assert.Equal(1, call.TransferCount);
        Assert.Equal([S(164)], call.TransferTimes);
        Assert.Single(call.Segments);
    }

    [Fact]
    public void A_transfer_to_an_agent_keeps_the_call_talking_with_the_new_agent()
    {
        var call = Call(Queued("c1", S(0)), Answered("c1", S(10), "a1"), Held("c1", S(40)), TransferredToAgent("c1", S(70), "a2"));

        Assert.Equal(CallState.Talking, call.State);
        Assert.Equal("a2", call.AgentId);
        Assert.Equal(S(70), call.StateSince);
        Assert.Equal(30, call.TalkSeconds);
        Assert.Equal(30, call.HoldSeconds);
        Assert.Equal(1, call.TransferCount);
    }

    [Fact]
    public void A_transfer_to_a_queue_waits_again_in_the_new_queue_but_keeps_the_first_answer()
    {
        var call = Call(
            Queued("c1", S(0), "q1"),
            Answered("c1", S(10), "a1"),
            TransferredToQueue("c1", S(70), "q2"));

        Assert.Equal(CallState.Queued, call.State);
        Assert.Equal("q2", call.QueueId);
        Assert.Null(call.AgentId);
        Assert.True(call.IsWaiting);
        Assert.Equal(S(70), call.WaitingSince);
        Assert.Equal(1, call.TransferCount);
        Assert.Equal(2, call.Segments.Count);
        Assert.Equal(new QueueSegment("q1", S(0), false, AnsweredAt: S(10)), call.Segments[0]);
        Assert.Equal(new QueueSegment("q2", S(70), false, ViaTransfer: true), call.Segments[1]);
        Assert.Equal(60, call.TalkSeconds);

        var after = Call(
            Queued("c1", S(0), "q1"),
            Answered("c1", S(10), "a1"),
            TransferredToQueue("c1", S(70), "q2"),
            Offered("c1", S(80), "a2", "q2"),
            Answered("c1", S(85), "a2", "q2"),
            Ended("c1", S(145), agent: "a2"));

        Assert.Equal("a2", after.AgentId);
        Assert.Equal(S(10), after.AnsweredAt);
        Assert.Equal(S(85), after.Segments[1].AnsweredAt);
        // DOMAIN wait: first queued (0) to the (first) answer (10).
        Assert.Equal(10, after.WaitAt(S(1000)));
        Assert.Equal(5, after.RingSeconds);
        // Talk: 10..70 (60) + 85..145 (60) = 120; the 70..85 wait in q2 is no talk.
        Assert.Equal(120, after.TalkSeconds);
    }

    [Fact]
    public void An_abandoned_call_ends_its_wait_at_the_abandonment()
    {
        var call = Call(Queued("c1", S(0)), Offered("c1", S(5)), Abandoned("c1", S(40)));

        Assert.Equal(CallState.Abandoned, call.State);
        Assert.True(call.IsOver);
        Assert.False(call.IsWaiting);
        Assert.Equal(CallEndReason.CallerHangup, call.EndReason);
        Assert.Equal(S(40), call.EndedAt);
        Assert.Equal(40, call.WaitAt(S(1000)));
        Assert.Equal(35, call.RingSeconds);
        Assert.Equal(S(40), call.Segments[0].AbandonedAt);
        Assert.Null(call.AnsweredAt);
    }

    [Fact]
    public void An_inbound_call_that_ends_before_an_answer_is_abandoned_whatever_the_source_calls_it()
    {
        var call = Call(Queued("c1", S(0)), Ended("c1", S(25), CallEndReason.NoAnswer));

        Assert.Equal(CallState.Abandoned, call.State);
        Assert.Equal(CallEndReason.NoAnswer, call.EndReason);
        Assert.Equal(S(25), call.EndedAt);
        Assert.Equal(25, call.WaitAt(S(1000)));
        Assert.Equal(S(25), call.Segments[0].AbandonedAt);
    }

    [Fact]
    public void A_dialled_outbound_call_has_no_wait_and_shows_the_called_number()
    {
        var dialing = Call(Dialed("o1", S(0), "a1", "out", "+1 555 010 9876"));

        Assert.Equal(CallState.Dialing, dialing.State);
        Assert.Equal(CallDirection.Outbound, dialing.Direction);
        Assert.Equal("a1", dialing.AgentId);
        Assert.Equal("out", dialing.QueueId);
        Assert.Equal("+1 555 010 9876", dialing.CalledNumber);
        Assert.Equal("+1 555 010 9876", dialing.CallerNumber);
        Assert.False(dialing.IsWaiting);
        Assert.Null(dialing.FirstQueuedAt);
        Assert.Equal(0, dialing.WaitAt(S(30)));

        var call = Call(Dialed("o1", S(0), "a1", "out"), Answered("o1", S(12), "a1", "out"), Ended("o1", S(72)));

        Assert.Equal(CallState.Ended, call.State);
        Assert.Equal(S(12), call.AnsweredAt);
        Assert.Equal(60, call.TalkSeconds);
        Assert.Equal(0, call.WaitAt(S(100)));
        Assert.Equal([new QueueSegment("out", S(0), true, AnsweredAt: S(12))], call.Segments);
    }

    [Fact]
    public void An_unanswered_outbound_call_ends_rather_than_being_abandoned()
    {
        var call = Call(Dialed("o1", S(0)), Ended("o1", S(30), CallEndReason.NoAnswer));

        Assert.Equal(CallState.Ended, call.State);
        Assert.Equal(CallEndReason.NoAnswer, call.EndReason);
        Assert.Null(call.AnsweredAt);
    }

    [Fact]
    public void A_call_first_heard_of_by_its_offer_is_taken_as_queued_at_that_moment()
    {
        var call = Call(Offered("c1", S(10), "a1", "q1"));

        Assert.Equal(CallState.Ringing, call.State);
        Assert.Equal(S(10), call.FirstQueuedAt);
        Assert.Equal("q1", call.QueueId);
        Assert.Equal([new QueueSegment("q1", S(10), false)], call.Segments);
    }

    public static TheoryData<string, FloorEvent[], FloorEvent> InvalidTransitions => new()
    {
        { "hold while queued", [Queued("c1", S(0))], Held("c1", S(5)) },
        { "resume while talking", [Queued("c1", S(0)), Answered("c1", S(5))], Resumed("c1", S(9)) },
        { "answer while talking", [Queued("c1", S(0)), Answered("c1", S(5))], Answered("c1", S(9), "a2") },
        { "offer while talking", [Queued("c1", S(0)), Answered("c1", S(5))], Offered("c1", S(9), "a2") },
        { "hold while on hold", [Queued("c1", S(0)), Answered("c1", S(5)), Held("c1", S(9))], Held("c1", S(12), id: "second-hold") },
        { "abandon while talking", [Queued("c1", S(0)), Answered("c1", S(5))], Abandoned("c1", S(9)) },
        { "abandon while dialling", [Dialed("o1", S(0))], Abandoned("o1", S(9)) },
        { "queue twice in one queue", [Queued("c1", S(0))], Queued("c1", S(9), "q1") },
        { "dial a queued call", [Queued("c1", S(0))], Dialed("c1", S(9)) },
        { "transfer a waiting call", [Queued("c1", S(0)), Offered("c1", S(3))], TransferredToQueue("c1", S(9), "q2") },
        { "hold an unknown call", [], Held("c1", S(9)) },
        { "end an unknown call", [], Ended("c1", S(9)) },
        { "an agent event for a call", [Queued("c1", S(0))], new FloorEvent("x", FloorEventType.AgentLoggedIn, S(9), CallId: "c1", AgentId: "a1") },
    };

    [Theory]
    [MemberData(nameof(InvalidTransitions))]
    public void An_event_not_allowed_from_the_calls_state_is_refused_as_an_invalid_transition_and_changes_nothing(string what, FloorEvent[] before, FloorEvent refused)
    {
        var timeline = CallTimeline(before);
        var facts = timeline.Facts.Copy();

        var verdict = timeline.Insert(refused);

        Assert.True(verdict.Kind == EventVerdictKind.Rejected, what);
        Assert.Equal("invalid-transition", verdict.Reason);
        Assert.Equal("type", verdict.Field);
        Assert.Equal(before.Length, timeline.Entries.Count);
        AssertSame(facts, timeline.Facts);
    }

    [Fact]
    public void A_hold_after_the_call_ended_is_refused_as_out_of_order()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)), Ended("c1", S(100)));
        var facts = timeline.Facts.Copy();

        var verdict = timeline.Insert(Held("c1", S(120)));

        Assert.Equal(EventVerdictKind.Rejected, verdict.Kind);
        Assert.Equal("out-of-order", verdict.Reason);
        Assert.Equal("at", verdict.Field);
        Assert.Equal(3, timeline.Entries.Count);
        AssertSame(facts, timeline.Facts);
    }

    [Fact]
    public void An_event_after_an_abandonment_is_refused_as_out_of_order()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Abandoned("c1", S(30)));

        var verdict = timeline.Insert(Answered("c1", S(40)));

        Assert.Equal("out-of-order", verdict.Reason);
        Assert.Equal(CallState.Abandoned, timeline.Facts.State);
    }

    [Fact]
    public void An_event_seen_before_is_a_duplicate_by_its_event_id_and_changes_nothing()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(40), id: "hold-1"));
        var facts = timeline.Facts.Copy();

        Assert.Equal(EventVerdictKind.Duplicate, timeline.Insert(Held("c1", S(40), id: "hold-1")).Kind);
        // Same id, other content: still the same event, sent again.
        Assert.Equal(EventVerdictKind.Duplicate, timeline.Insert(Resumed("c1", S(50), id: "hold-1")).Kind);
        // A duplicate of an early event is known too, even though it would no longer fit.
        Assert.Equal(EventVerdictKind.Duplicate, timeline.Insert(Queued("c1", S(0))).Kind);

        Assert.True(timeline.Contains("hold-1"));
        Assert.Equal(3, timeline.Entries.Count);
        AssertSame(facts, timeline.Facts);
    }

    [Fact]
    public void A_late_resume_that_fits_between_the_hold_and_the_end_is_placed_there_and_the_durations_recomputed()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(30)), Ended("c1", S(100)));
        // Without the resume: talk 10..30 = 20 s, hold 30..100 = 70 s.
        Assert.Equal(20, timeline.Facts.TalkSeconds);
        Assert.Equal(70, timeline.Facts.HoldSeconds);

        var resumed = Resumed("c1", S(50));
        var verdict = timeline.Insert(resumed);

        Assert.Equal(EventVerdictKind.Accepted, verdict.Kind);
        Assert.Same(resumed, timeline.Entries[3]);
        Assert.Equal(5, timeline.Entries.Count);
        // With it: talk 10..30 + 50..100 = 70 s, hold 30..50 = 20 s.
        Assert.Equal(70, timeline.Facts.TalkSeconds);
        Assert.Equal(20, timeline.Facts.HoldSeconds);
        Assert.Equal(1, timeline.Facts.HoldCount);
        Assert.Equal(CallState.Ended, timeline.Facts.State);
    }

    [Fact]
    public void A_late_hold_and_resume_pair_adds_a_hold_inside_the_talk()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)), Ended("c1", S(130)));

        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Held("c1", S(40))).Kind);
        // Held from 40 to the end at 130: talk 10..40 = 30 s, hold 90 s.
        Assert.Equal(30, timeline.Facts.TalkSeconds);
        Assert.Equal(90, timeline.Facts.HoldSeconds);

        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Resumed("c1", S(70))).Kind);

        // Talk 10..40 (30) + 70..130 (60) = 90; hold 40..70 = 30.
        Assert.Equal(90, timeline.Facts.TalkSeconds);
        Assert.Equal(30, timeline.Facts.HoldSeconds);
        Assert.Equal(1, timeline.Facts.HoldCount);
    }

    [Fact]
    public void A_late_event_refused_at_its_own_place_is_an_invalid_transition()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(30)), Resumed("c1", S(50)));

        // At 09:00:20 the call was talking: nothing to resume.
        var verdict = timeline.Insert(Resumed("c1", S(20), id: "early-resume"));

        Assert.Equal("invalid-transition", verdict.Reason);
        Assert.Equal(4, timeline.Entries.Count);
    }

    [Fact]
    public void A_late_hold_that_would_invalidate_the_later_hold_is_refused_as_out_of_order()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(30)), Resumed("c1", S(50)));
        var facts = timeline.Facts.Copy();

        // Held at 20 fits (the call talked) but then the hold at 30 finds the call already held.
        var verdict = timeline.Insert(Held("c1", S(20), id: "hold-at-20"));

        Assert.Equal(EventVerdictKind.Rejected, verdict.Kind);
        Assert.Equal("out-of-order", verdict.Reason);
        Assert.Equal("at", verdict.Field);
        Assert.Equal(4, timeline.Entries.Count);
        AssertSame(facts, timeline.Facts);
    }

    [Fact]
    public void A_late_end_before_later_events_is_refused_as_out_of_order()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(30)), Resumed("c1", S(50)));

        var verdict = timeline.Insert(Ended("c1", S(40)));

        Assert.Equal("out-of-order", verdict.Reason);
        Assert.Equal(CallState.Talking, timeline.Facts.State);
        Assert.Null(timeline.Facts.EndedAt);
    }

    [Fact]
    public void A_call_queued_event_arriving_after_the_offer_with_an_earlier_time_fits_before_it()
    {
        var timeline = CallTimeline(Offered("c1", S(10), "a1", "q1"));

        var verdict = timeline.Insert(Queued("c1", S(0), "q1", CustomerTier.Vip));

        Assert.Equal(EventVerdictKind.Accepted, verdict.Kind);
        Assert.Equal(FloorEventType.CallQueued, timeline.Entries[0].Type);
        var call = timeline.Facts;
        Assert.Equal(CallState.Ringing, call.State);
        Assert.Equal(S(0), call.FirstQueuedAt);
        Assert.Equal(CustomerTier.Vip, call.Tier);
        Assert.Equal(Caller, call.CallerNumber);
        Assert.Equal([new QueueSegment("q1", S(0), false)], call.Segments);

        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Answered("c1", S(16))).Kind);
        Assert.Equal(16, timeline.Facts.WaitAt(S(100)));
        Assert.Equal(6, timeline.Facts.RingSeconds);
    }

    [Fact]
    public void A_call_queued_event_later_than_the_offer_is_an_invalid_transition()
    {
        var timeline = CallTimeline(Offered("c1", S(10)));

        Assert.Equal("invalid-transition", timeline.Insert(Queued("c1", S(12))).Reason);
    }

    [Fact]
    public void A_dry_run_says_what_would_happen_and_changes_nothing()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)), Ended("c1", S(100)));
        var facts = timeline.Facts.Copy();

        // Would be accepted late (a hold between answer and end) ...
        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Held("c1", S(40)), commit: false).Kind);
        // ... would be refused (after the end) ...
        Assert.Equal("out-of-order", timeline.Insert(Held("c1", S(140)), commit: false).Reason);
        // ... would be refused at its place.
        Assert.Equal("invalid-transition", timeline.Insert(Resumed("c1", S(40)), commit: false).Reason);

        Assert.Equal(3, timeline.Entries.Count);
        Assert.False(timeline.Contains(Held("c1", S(40)).EventId));
        AssertSame(facts, timeline.Facts);

        var open = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)));
        Assert.Equal(EventVerdictKind.Accepted, open.Insert(Held("c1", S(40)), commit: false).Kind);
        Assert.Equal(CallState.Talking, open.Facts.State);
        Assert.Equal(0, open.Facts.HoldCount);
        Assert.Equal(2, open.Entries.Count);

        // And a committed insert afterwards still behaves as if the dry run never happened.
        Assert.Equal(EventVerdictKind.Accepted, open.Insert(Held("c1", S(40))).Kind);
        Assert.Equal(1, open.Facts.HoldCount);
    }

    [Fact]
    public void A_copy_is_independent_of_its_original()
    {
        var call = Call(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(20)));
        var copy = call.Copy();

        call.Apply(Resumed("c1", S(30)), Time.SiteCalendar.Utc);

        Assert.Equal(CallState.OnHold, copy.State);
        Assert.Equal(CallState.Talking, call.State);
        Assert.Equal(10, call.HoldSeconds);
        Assert.Equal(0, copy.HoldSeconds);
    }

    private static void AssertSame(CallFacts expected, CallFacts actual)
    {
        Assert.Equal(expected.State, actual.State);
        Assert.Equal(expected.StateSince, actual.StateSince);
        Assert.Equal(expected.QueueId, actual.QueueId);
        Assert.Equal(expected.AgentId, actual.AgentId);
        Assert.Equal(expected.FirstQueuedAt, actual.FirstQueuedAt);
        Assert.Equal(expected.OfferedAt, actual.OfferedAt);
        Assert.Equal(expected.AnsweredAt, actual.AnsweredAt);
        Assert.Equal(expected.EndedAt, actual.EndedAt);
        Assert.Equal(expected.EndReason, actual.EndReason);
        Assert.Equal(expected.RingSeconds, actual.RingSeconds);
        Assert.Equal(expected.TalkSeconds, actual.TalkSeconds);
        Assert.Equal(expected.HoldSeconds, actual.HoldSeconds);
        Assert.Equal(expected.HoldCount, actual.HoldCount);
        Assert.Equal(expected.TransferCount, actual.TransferCount);
        Assert.Equal(expected.Segments, actual.Segments);
        Assert.Equal(expected.HoldStarts, actual.HoldStarts);
        Assert.Equal(expected.TransferTimes, actual.TransferTimes);
    }
}
