using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Time;
using ContactCenter.Domain.Timeline;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

public sealed class AgentFactsTests
{
    private const int Window = 24;

    [Fact]
    public void An_agent_who_logs_in_is_available_with_their_name_team_and_queues()
    {
        var timeline = AgentTimeline(Window, null);
        Assert.False(timeline.Facts.Known);
        Assert.Equal(AgentState.LoggedOut, timeline.Facts.State);

        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(LoggedIn(S(0))).Kind);

        var agent = timeline.Facts;
        Assert.True(agent.Known);
        Assert.Equal(AgentState.Available, agent.State);
        Assert.Equal(S(0), agent.StateSince);
        Assert.Equal("Ada", agent.Name);
        Assert.Equal("t1", agent.TeamId);
        Assert.Equal(["q1"], agent.Queues);
        Assert.False(agent.IsBusy);
    }

    [Fact]
    public void An_agent_follows_a_call_from_ringing_through_talk_and_hold_back_to_available()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)));

        Insert(timeline, ForAgent(Offered("c1", S(60))));
        Assert.Equal(AgentState.Ringing, timeline.Facts.State);
        Assert.Equal("c1", timeline.Facts.CurrentCallId);
        Assert.Equal("q1", timeline.Facts.CurrentCallQueueId);
        Assert.True(timeline.Facts.IsBusy);

        Insert(timeline, ForAgent(Answered("c1", S(70))));
        Assert.Equal(AgentState.Talking, timeline.Facts.State);
        Assert.Equal(S(70), timeline.Facts.StateSince);

        Insert(timeline, ForAgent(Held("c1", S(190))));
        Assert.Equal(AgentState.OnHold, timeline.Facts.State);

        Insert(timeline, ForAgent(Resumed("c1", S(220))));
        Assert.Equal(AgentState.Talking, timeline.Facts.State);

        Insert(timeline, ForAgent(Ended("c1", S(340))));
        var agent = timeline.Facts;
        Assert.Equal(AgentState.Available, agent.State);
        Assert.Equal(S(340), agent.StateSince);
        Assert.Null(agent.CurrentCallId);
        Assert.Equal(1, agent.Calls);
        Assert.Null(agent.CurrentCallQueueId);
        Assert.Equal([new HandledLeg("c1", "q1", S(70), S(340), 240 + 30)], agent.Legs);
        Assert.Equal(120 + 120, agent.TalkSeconds);
        Assert.Equal(30, agent.HoldSeconds);
    }

    [Fact]
    public void A_wrap_up_right_after_a_call_is_attributed_to_that_call_with_its_exact_seconds()
    {
        var timeline = AgentTimeline(Window, null, [LoggedIn(S(0)), .. WholeCall("c1", S(60), S(70), S(340))]);

        Insert(timeline, StateChanged(S(340), AgentState.WrapUp));
        Assert.Equal(AgentState.WrapUp, timeline.Facts.State);
        Assert.Equal(new HandledLeg("c1", "q1", S(70), S(340), 270), timeline.Facts.WrapUpLeg);
        Assert.Empty(timeline.Facts.Legs);

        Insert(timeline, StateChanged(S(430), AgentState.Available));

        Assert.Equal([new HandledLeg("c1", "q1", S(70), S(430), 270 + 90)], timeline.Facts.Legs);
        Assert.Null(timeline.Facts.WrapUpLeg);
        Assert.Equal(90, timeline.Facts.WrapUpSeconds);
    }

    [Fact]
    public void A_wrap_up_ends_when_the_next_state_begins_even_a_new_call()
    {
        var timeline = AgentTimeline(Window, null, [LoggedIn(S(0)), .. WholeCall("c1", S(60), S(70), S(300)), StateChanged(S(305), AgentState.WrapUp)]);

        Insert(timeline, ForAgent(Offered("c2", S(425))));

        Assert.Equal([new HandledLeg("c1", "q1", S(70), S(425), 230 + 120)], timeline.Facts.Legs);
        Assert.Equal(AgentState.Ringing, timeline.Facts.State);
    }

    [Fact]
    public void A_wrap_up_after_another_state_belongs_to_no_call()
    {
        var notReadyBetween = AgentTimeline(Window, null,
        [
            LoggedIn(S(0)), .. WholeCall("c1", S(60), S(70), S(300)),
            StateChanged(S(310), AgentState.NotReady, "coaching"),
            StateChanged(S(400), AgentState.WrapUp),
            StateChanged(S(500), AgentState.Available),
        ]);

        Assert.Equal([new HandledLeg("c1", "q1", S(70), S(300), 230)], notReadyBetween.Facts.Legs);
        Assert.Equal(100, notReadyBetween.Facts.WrapUpSeconds);

        var availableBetween = AgentTimeline(Window, null,
        [
            LoggedIn(S(0)), .. WholeCall("c1", S(60), S(70), S(300)),
            StateChanged(S(300), AgentState.Available),
            StateChanged(S(320), AgentState.WrapUp),
            StateChanged(S(380), AgentState.Available),
        ]);

        Assert.Equal([new HandledLeg("c1", "q1", S(70), S(300), 230)], availableBetween.Facts.Legs);
    }

    [Fact]
    public void A_wrap_up_after_a_missed_call_belongs_to_no_call_and_the_missed_call_is_not_counted()
    {
        var timeline = AgentTimeline(Window, null,
            LoggedIn(S(0)),
            ForAgent(Offered("c1", S(60))),
            ForAgent(Ended("c1", S(80))),
            StateChanged(S(80), AgentState.WrapUp),
            StateChanged(S(140), AgentState.Available));

        Assert.Empty(timeline.Facts.Legs);
        Assert.Null(timeline.Facts.WrapUpLeg);
        Assert.Equal(0, timeline.Facts.Calls);
        Assert.Empty(timeline.Facts.Legs);
    }

    [Fact]
    public void A_call_abandoned_while_ringing_frees_the_agent_without_counting_a_call()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Offered("c1", S(60))), ForAgent(Abandoned("c1", S(75))));

        Assert.Equal(AgentState.Available, timeline.Facts.State);
        Assert.Null(timeline.Facts.CurrentCallId);
        Assert.Equal(0, timeline.Facts.Calls);
    }

    [Fact]
    public void A_call_transferred_away_frees_the_agent_and_the_receiving_agent_talks()
    {
        var transfer = TransferredToAgent("c1", S(200), "a2", "a1");
        var from = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(60))), ForAgent(transfer));

        Assert.Equal(AgentState.Available, from.Facts.State);
        Assert.Null(from.Facts.CurrentCallId);
        Assert.Equal(0, from.Facts.Calls);
        Assert.Equal(140, from.Facts.TalkSeconds);

        // The receiving agent gets the same event with itself filled in as the agent.
        var to = AgentTimeline(Window, null, LoggedIn(S(0), "a2"), ForAgent(transfer with { AgentId = "a2" }), ForAgent(Ended("c1", S(260), agent: "a2")));

        Assert.Equal(AgentState.Available, to.Facts.State);
        Assert.Equal(1, to.Facts.Calls);
        Assert.Equal(60, to.Facts.TalkSeconds);
    }

    [Fact]
    public void Not_ready_carries_its_reason_and_other_states_carry_none()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), StateChanged(S(60), AgentState.NotReady, "lunch"));

        Assert.Equal(AgentState.NotReady, timeline.Facts.State);
        Assert.Equal("lunch", timeline.Facts.Reason);
        Assert.Equal(S(60), timeline.Facts.StateSince);

        Insert(timeline, StateChanged(S(3660), AgentState.Available, "ignored"));
        Assert.Null(timeline.Facts.Reason);
    }

    [Fact]
    public void Todays_counters_and_occupancy_are_exact_including_the_running_state()
    {
        var timeline = AgentTimeline(Window, null,
        [
            LoggedIn(S(0)),
            ForAgent(Offered("c1", S(60))),
            ForAgent(Answered("c1", S(70))),
            ForAgent(Held("c1", S(190))),
            ForAgent(Resumed("c1", S(220))),
            ForAgent(Ended("c1", S(340))),
            StateChanged(S(340), AgentState.WrapUp),
            StateChanged(S(430), AgentState.Available),
            StateChanged(S(600), AgentState.NotReady, "lunch"),
        ]);

        var day = timeline.Facts.DayAt(S(1200), SiteCalendar.Utc);

        // Logged in 09:00-09:20; talk 70..190 + 220..340; hold 190..220; wrap-up 340..430; not ready 600..1200 (running).
        Assert.Equal(1, day.Calls);
        Assert.Equal(240, day.TalkSeconds);
        Assert.Equal(30, day.HoldSeconds);
        Assert.Equal(90, day.WrapUpSeconds);
        Assert.Equal(600, day.NotReadySeconds);
        Assert.Equal(1200, day.LoggedInSeconds);
        // (240 + 30 + 90) / (1200 - 600).
        Assert.Equal(0.6, day.Occupancy);
        Assert.Equal(0, day.DifficultCallsInRow);

        // Reading does not change the facts: the stored counters stop at the last event.
        Assert.Equal(0, timeline.Facts.NotReadySeconds);
        Assert.Equal(S(600), timeline.Facts.StateSince);
        Assert.Equal(900, timeline.Facts.DayAt(S(1500), SiteCalendar.Utc).NotReadySeconds);
    }

    [Fact]
    public void A_running_talk_counts_up_to_the_read()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(100))));

        var day = timeline.Facts.DayAt(S(400), SiteCalendar.Utc);

        Assert.Equal(0, day.Calls);
        Assert.Equal(300, day.TalkSeconds);
        Assert.Equal(400, day.LoggedInSeconds);
        Assert.Equal(0.75, day.Occupancy);
    }

    [Fact]
    public void Occupancy_is_null_when_the_agent_had_no_available_time()
    {
        Assert.Null(new AgentFacts().DayAt(S(0), SiteCalendar.Utc).Occupancy);

        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), StateChanged(S(0), AgentState.NotReady, "meeting"));
        var day = timeline.Facts.DayAt(S(600), SiteCalendar.Utc);

        Assert.Equal(600, day.LoggedInSeconds);
        Assert.Equal(600, day.NotReadySeconds);
        Assert.Null(day.Occupancy);
    }

    [Fact]
    public void Logged_out_time_is_not_logged_in_time()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(100))), LoggedOut(S(600)));

        Assert.Equal(AgentState.LoggedOut, timeline.Facts.State);
        Assert.Null(timeline.Facts.CurrentCallId);
        var day = timeline.Facts.DayAt(S(1200), SiteCalendar.Utc);
        Assert.Equal(600, day.LoggedInSeconds);
        Assert.Equal(500, day.TalkSeconds);

        Insert(timeline, LoggedIn(S(1800)));
        Assert.Equal(2400 - 1800 + 600, timeline.Facts.DayAt(S(2400), SiteCalendar.Utc).LoggedInSeconds);
    }

    [Fact]
    public void Counters_restart_at_the_sites_midnight()
    {
        var berlin = SiteCalendar.For("Europe/Berlin");
        // 2 June 2025, 23:00 in Berlin = 21:00 UTC; Berlin's midnight is 22:00 UTC.
        var login = new DateTimeOffset(2025, 6, 2, 21, 0, 0, TimeSpan.Zero);
        var midnight = new DateTimeOffset(2025, 6, 2, 22, 0, 0, TimeSpan.Zero);
        var timeline = AgentTimeline(Window, berlin,
            LoggedIn(login),
            ForAgent(Offered("c1", midnight.AddMinutes(-10).AddSeconds(-10))),
            ForAgent(Answered("c1", midnight.AddMinutes(-10))));

        var before = timeline.Facts.DayAt(midnight.AddMinutes(-1), berlin);
        Assert.Equal(3540, before.LoggedInSeconds);
        Assert.Equal(540, before.TalkSeconds);
        Assert.Equal(540.0 / 3540, before.Occupancy);

        var after = timeline.Facts.DayAt(midnight.AddMinutes(5), berlin);
        Assert.Equal(300, after.LoggedInSeconds);
        Assert.Equal(300, after.TalkSeconds);
        Assert.Equal(1.0, after.Occupancy);

        // The call ends at 00:10 in Berlin: it is today's call, with today's 600 s of its talk.
        Insert(timeline, ForAgent(Ended("c1", midnight.AddMinutes(10))));
        var today = timeline.Facts.DayAt(midnight.AddMinutes(20), berlin);
        Assert.Equal(1, today.Calls);
        Assert.Equal(600, today.TalkSeconds);
        Assert.Equal(1200, today.LoggedInSeconds);
        Assert.Equal(0.5, today.Occupancy);
        Assert.Equal(midnight, timeline.Facts.DayStart);
    }

    [Fact]
    public void A_not_ready_state_running_over_utc_midnight_counts_from_the_utc_sites_midnight()
    {
        var evening = new DateTimeOffset(2025, 6, 2, 23, 30, 0, TimeSpan.Zero);
        var timeline = AgentTimeline(Window, null, LoggedIn(evening), StateChanged(evening.AddMinutes(10), AgentState.NotReady, "training"));

        var day = timeline.Facts.DayAt(evening.AddMinutes(45), SiteCalendar.Utc);

        Assert.Equal(900, day.LoggedInSeconds);
        Assert.Equal(900, day.NotReadySeconds);
        Assert.Null(day.Occupancy);
    }

    [Fact]
    public void A_call_answered_while_on_another_call_is_refused_on_the_agent_id()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(60))));

        foreach (var e in new[] { Answered("c2", S(90)), Offered("c2", S(90)), Dialed("c2", S(90)) })
        {
            var verdict = timeline.Insert(ForAgent(e));

            Assert.Equal(EventVerdictKind.Rejected, verdict.Kind);
            Assert.Equal("invalid-transition", verdict.Reason);
            Assert.Equal("agentId", verdict.Field);
        }

        var transfer = timeline.Insert(ForAgent(TransferredToAgent("c2", S(90), "a1", "a1")));
        Assert.Equal("invalid-transition", transfer.Reason);
        Assert.Equal("toAgentId", transfer.Field);

        Assert.Equal(AgentState.Talking, timeline.Facts.State);
        Assert.Equal("c1", timeline.Facts.CurrentCallId);
        Assert.Equal(2, timeline.Entries.Count);
    }

    [Fact]
    public void A_state_change_while_on_a_call_or_logged_out_is_refused_on_the_state()
    {
        var talking = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(60))));
        var holding = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(60))), ForAgent(Held("c1", S(70))));
        var loggedOut = AgentTimeline(Window, null);

        foreach (var timeline in new[] { talking, holding, loggedOut })
        {
            var state = timeline.Facts.State;
            var verdict = timeline.Insert(StateChanged(S(90), AgentState.NotReady, "lunch"));

            Assert.Equal(EventVerdictKind.Rejected, verdict.Kind);
            Assert.Equal("invalid-transition", verdict.Reason);
            Assert.Equal("state", verdict.Field);
            Assert.Equal(state, timeline.Facts.State);
        }
    }

    [Fact]
    public void A_state_chosen_while_the_phone_rings_ends_the_ring_and_the_late_ring_no_answer_changes_nothing()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Offered("c1", S(60))));

        Insert(timeline, StateChanged(S(75), AgentState.NotReady, "lunch"));
        Assert.Equal((AgentState.NotReady, (string?)null), (timeline.Facts.State, timeline.Facts.CurrentCallId));

        // The call reports its ring-no-answer after the agent's own event: the outcome is the same.
        Insert(timeline, ForAgent(Offered("c1", S(80))) with { LeavesAgent = true });
        Assert.Equal(AgentState.NotReady, timeline.Facts.State);
        Assert.Equal(0, timeline.Facts.Calls);
    }

    [Fact]
    public void A_raised_hand_is_kept_with_its_reason_call_and_time_until_it_is_lowered()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(60))));

        Insert(timeline, HandRaised(S(120), "customer-demands-manager"));
        Assert.Equal(new AssistanceFlag("customer-demands-manager", "c1", S(120)), timeline.Facts.Hand);
        Assert.True(timeline.Facts.CurrentCallDifficult);

        Insert(timeline, HandLowered(S(180)));
        Assert.Null(timeline.Facts.Hand);

        Insert(timeline, HandRaised(S(200), "technical-problem", id: "hand-2"));
        Assert.Equal(new AssistanceFlag("technical-problem", "c1", S(200)), timeline.Facts.Hand);
    }

    [Fact]
    public void A_hand_raised_with_no_call_has_no_call()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), HandRaised(S(30), "other"));

        Assert.Equal(new AssistanceFlag("other", null, S(30)), timeline.Facts.Hand);
    }

    [Fact]
    public void Difficult_calls_in_a_row_are_counted_with_their_end_times()
    {
        var timeline = AgentTimeline(Window, null,
        [
            LoggedIn(S(0)),
            .. WholeCall("c1", S(100), S(110), S(200), difficult: true),
            .. WholeCall("c2", S(300), S(310), S(400), difficult: true),
            .. WholeCall("c3", S(500), S(510), S(600), difficult: true),
        ]);

        Assert.Equal(3, timeline.Facts.DifficultInRow);
        Assert.Equal([S(200), S(400), S(600)], timeline.Facts.DifficultEnds);
        Assert.Equal(3, timeline.Facts.DayAt(S(700), SiteCalendar.Utc).DifficultCallsInRow);

        foreach (var e in WholeCall("c4", S(700), S(710), S(800)))
        {
            Insert(timeline, e);
        }

        Assert.Equal(0, timeline.Facts.DifficultInRow);
        Assert.Empty(timeline.Facts.DifficultEnds);
    }

    [Fact]
    public void A_call_on_which_the_agent_raised_a_hand_is_difficult()
    {
        var timeline = AgentTimeline(Window, null,
            LoggedIn(S(0)),
            ForAgent(Answered("c1", S(60))),
            HandRaised(S(90), "abusive-customer", "c1"),
            HandLowered(S(100)),
            ForAgent(Ended("c1", S(200))));

        Assert.Equal(1, timeline.Facts.DifficultInRow);
        Assert.Equal([S(200)], timeline.Facts.DifficultEnds);
        Assert.False(timeline.Facts.CurrentCallDifficult);
    }

    [Fact]
    public void A_hand_naming_a_call_the_agent_is_not_on_is_refused_and_flags_nothing()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(60))));

        var otherCall = timeline.Insert(HandRaised(S(90), "other", "c9"));
        Assert.Equal(("invalid-transition", "callId"), (otherCall.Reason, otherCall.Field));
        Assert.Null(timeline.Facts.Hand);

        Insert(timeline, ForAgent(Ended("c1", S(200))));
        Assert.Equal(0, timeline.Facts.DifficultInRow);

        // Before the call reached the agent, the agent was not on it either.
        var early = AgentTimeline(Window, null, LoggedIn(S(0)));
        Assert.Equal("invalid-transition", early.Insert(HandRaised(S(30), "refund-beyond-authority", "c1")).Reason);
    }

    [Fact]
    public void A_break_resets_the_run_of_difficult_calls_but_wrap_up_and_missed_calls_do_not()
    {
        var timeline = AgentTimeline(Window, null,
        [
            LoggedIn(S(0)),
            .. WholeCall("c1", S(100), S(110), S(200), difficult: true),
            StateChanged(S(200), AgentState.WrapUp),
            StateChanged(S(260), AgentState.Available),
            ForAgent(Offered("c2", S(300))),
            ForAgent(Ended("c2", S(320))),
            .. WholeCall("c3", S(500), S(510), S(600), difficult: true),
        ]);

        Assert.Equal(2, timeline.Facts.DifficultInRow);

        Insert(timeline, StateChanged(S(700), AgentState.NotReady, "break"));
        Assert.Equal(0, timeline.Facts.DifficultInRow);
        Assert.Empty(timeline.Facts.DifficultEnds);

        Insert(timeline, StateChanged(S(1000), AgentState.Available));
        foreach (var e in WholeCall("c4", S(1100), S(1110), S(1200), difficult: true))
        {
            Insert(timeline, e);
        }

        Assert.Equal(1, timeline.Facts.DifficultInRow);
        Insert(timeline, LoggedOut(S(1300)));
        Assert.Equal(0, timeline.Facts.DifficultInRow);
    }

    [Fact]
    public void Only_the_last_legs_are_kept()
    {
        var events = new List<AgentEvent> { LoggedIn(S(0)) };
        for (var k = 1; k <= AgentFacts.KeptLegs + 1; k++)
        {
            events.AddRange(WholeCall($"c{k}", S(k * 1000), S(k * 1000 + 10), S(k * 1000 + 100)));
            events.Add(StateChanged(S(k * 1000 + 100), AgentState.WrapUp));
            events.Add(StateChanged(S(k * 1000 + 100 + k), AgentState.Available));
        }

        var timeline = AgentTimeline(null, [.. events]);

        Assert.Equal(AgentFacts.KeptLegs, timeline.Facts.Legs.Count);
        Assert.Equal(new HandledLeg("c2", "q1", S(2010), S(2102), 90 + 2), timeline.Facts.Legs[0]);
        Assert.Equal(new HandledLeg("c5", "q1", S(5010), S(5105), 90 + 5), timeline.Facts.Legs[^1]);
    }

    [Fact]
    public void A_trimmed_timeline_still_knows_folded_events_as_duplicates_and_refuses_events_older_than_its_checkpoint()
    {
        var events = new List<AgentEvent> { LoggedIn(S(0)) };
        for (var k = 1; k <= 10; k++)
        {
            events.AddRange(WholeCall($"c{k}", S(k * 100), S(k * 100 + 5), S(k * 100 + 65)));
        }

        var timeline = AgentTimeline(Window, null, [.. events]);

        // 31 events, 24 kept: the login and calls c1 and c2 are folded into the checkpoint.
        Assert.Equal(Window, timeline.Window);
        Assert.Equal(Window, timeline.Entries.Count);
        Assert.Equal(events[7], timeline.Entries[0]);
        Assert.Equal(10, timeline.Facts.Calls);
        Assert.Equal(600, timeline.Facts.TalkSeconds);
        Assert.Equal(1100, timeline.Facts.DayAt(S(1100), SiteCalendar.Utc).LoggedInSeconds);

        Assert.Equal(EventVerdictKind.Duplicate, timeline.Insert(events[0]).Kind);
        Assert.Equal(EventVerdictKind.Duplicate, timeline.Insert(events[2]).Kind);
        Assert.Equal(EventVerdictKind.Duplicate, timeline.Insert(events[6]).Kind);
        Assert.True(timeline.Contains(events[1].EventId));

        // c2 ended at 09:04:25, the last folded event: anything before it can no longer be placed.
        var tooOld = timeline.Insert(HandRaised(S(200), "other"));
        Assert.Equal(EventVerdictKind.Rejected, tooOld.Kind);
        Assert.Equal("out-of-order", tooOld.Reason);
        Assert.Equal("at", tooOld.Field);

        // A late event after the checkpoint still slots in and the facts are refolded from it.
        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(HandRaised(S(270), "other")).Kind);
        Assert.Equal(S(270), timeline.Facts.Hand!.RaisedAt);
        Assert.Equal(10, timeline.Facts.Calls);
        Assert.Equal(Window, timeline.Entries.Count);
    }

    [Fact]
    public void Folded_event_ids_are_remembered_up_to_their_capacity()
    {
        var ids = new RecentEventIds();
        for (var i = 0; i <= RecentEventIds.Capacity; i++)
        {
            ids.Add($"e{i}");
        }

        Assert.False(ids.Contains("e0"));
        Assert.True(ids.Contains("e1"));
        Assert.True(ids.Contains($"e{RecentEventIds.Capacity}"));
        Assert.False(ids.Contains("never"));
    }

    [Fact]
    public void A_late_wrap_up_start_is_placed_after_the_call_and_the_wrap_up_recomputed()
    {
        var timeline = AgentTimeline(Window, null, [LoggedIn(S(0)), .. WholeCall("c1", S(60), S(70), S(300)), StateChanged(S(400), AgentState.Available)]);
        Assert.Equal([new HandledLeg("c1", "q1", S(70), S(300), 230)], timeline.Facts.Legs);

        var verdict = timeline.Insert(StateChanged(S(300), AgentState.WrapUp));

        Assert.Equal(EventVerdictKind.Accepted, verdict.Kind);
        Assert.Equal(FloorEventType.CallEnded, timeline.Entries[3].Type);
        Assert.Equal(AgentState.WrapUp, timeline.Entries[4].State);
        Assert.Equal([new HandledLeg("c1", "q1", S(70), S(400), 230 + 100)], timeline.Facts.Legs);
        Assert.Equal(100, timeline.Facts.DayAt(S(500), SiteCalendar.Utc).WrapUpSeconds);
    }

    [Fact]
    public void A_late_offer_that_would_make_a_later_answer_impossible_is_refused_as_out_of_order()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(60))), ForAgent(Ended("c1", S(300))));

        // A ring for c2 at 50 that the agent let go by answering c1 at 60 holds nothing up.
        var early = timeline.Insert(ForAgent(Offered("c2", S(50))));
        Assert.Equal(EventVerdictKind.Accepted, early.Kind);

        // At 100 the agent was talking on c1: refused at its own place, on the agent.
        var during = timeline.Insert(ForAgent(Answered("c2", S(100))));
        Assert.Equal("invalid-transition", during.Reason);
        Assert.Equal("agentId", during.Field);

        Assert.Equal(4, timeline.Entries.Count);
        Assert.Equal(1, timeline.Facts.Calls);
    }

    [Fact]
    public void Events_at_the_same_moment_keep_their_arrival_order()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(60))), ForAgent(Ended("c1", S(120))), StateChanged(S(120), AgentState.WrapUp));

        Assert.Equal(AgentState.WrapUp, timeline.Facts.State);
        Assert.Equal("c1", timeline.Facts.WrapUpLeg?.CallId);
        Assert.Same(SiteCalendar.Utc, new EventTimeline<AgentFacts, AgentEvent>().Calendar);
        Assert.Equal(int.MaxValue, new EventTimeline<AgentFacts, AgentEvent>().Window);
    }

    [Fact]
    public void An_agent_dry_run_changes_nothing()
    {
        var timeline = AgentTimeline(Window, null, LoggedIn(S(0)), ForAgent(Answered("c1", S(60))));

        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(ForAgent(Ended("c1", S(120))), commit: false).Kind);

        Assert.Equal(AgentState.Talking, timeline.Facts.State);
        Assert.Equal(0, timeline.Facts.Calls);
        Assert.Equal(2, timeline.Entries.Count);
    }
}
