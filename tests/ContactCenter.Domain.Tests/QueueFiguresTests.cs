using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Time;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

/// <summary>
/// CallCounting and QueueFigureBook on hand-computed scenarios (DOMAIN.md: metric definitions and counting).
/// Interval A is 09:00-09:15, B 09:15-09:30, C 09:30-09:45, D 09:45-10:00 (UTC site).
/// </summary>
public sealed class QueueFiguresTests
{
    private static readonly QueueSettings Defaults = new();
    private static readonly DateTimeOffset A = S(0);
    private static readonly DateTimeOffset B = S(15 * 60);
    private static readonly DateTimeOffset C = S(30 * 60);
    private static readonly DateTimeOffset D = S(45 * 60);

    [Fact]
    public void A_completed_call_counts_offered_at_queueing_answered_with_its_wait_and_completed_once_at_its_end()
    {
        var call = Call(Queued("c1", S(0)), Offered("c1", S(5)), Answered("c1", S(15)), Held("c1", S(75)), Resumed("c1", S(105)), Ended("c1", S(195)));

        Assert.Equal(
            [
                new QueuedContribution("q1", new(QueueContributionKind.Offered, S(0), 0)),
                new QueuedContribution("q1", new(QueueContributionKind.Answered, S(15), 15)),
                new QueuedContribution("q1", new(QueueContributionKind.Completed, S(195), 0)),
            ],
            CallCounting.Contributions(call));
    }

    [Fact]
    public void A_call_on_hold_now_is_already_offered_and_answered_but_not_completed()
    {
        var call = Call(Queued("c6", S(890)), Answered("c6", S(910)), Held("c6", S(960)));

        Assert.Equal(
            [
                new QueuedContribution("q1", new(QueueContributionKind.Offered, S(890), 0)),
                new QueuedContribution("q1", new(QueueContributionKind.Answered, S(910), 20)),
            ],
            CallCounting.Contributions(call));
    }

    [Fact]
    public void A_waiting_call_counts_only_as_offered()
    {
        var call = Call(Queued("c1", S(0)), Offered("c1", S(5)));

        Assert.Equal([new QueuedContribution("q1", new(QueueContributionKind.Offered, S(0), 0))], CallCounting.Contributions(call));
    }

    [Fact]
    public void An_abandoned_call_counts_offered_and_abandoned_with_its_wait()
    {
        var call = Call(Queued("c3", S(300)), Abandoned("c3", S(345)));

        Assert.Equal(
            [
                new QueuedContribution("q1", new(QueueContributionKind.Offered, S(300), 0)),
                new QueuedContribution("q1", new(QueueContributionKind.Abandoned, S(345), 45)),
            ],
            CallCounting.Contributions(call));
    }

    [Fact]
    public void A_call_transferred_to_another_queue_is_transferred_out_of_the_first_offered_in_the_next_and_completes_in_the_last()
    {
        var call = Call(
            Queued("c1", S(0), "q1"),
            Answered("c1", S(10)),
            TransferredToQueue("c1", S(70), "q2"),
            Answered("c1", S(85), "a2", "q2"),
            Ended("c1", S(145)));

        Assert.Equal(
            [
                new QueuedContribution("q1", new(QueueContributionKind.Offered, S(0), 0)),
                new QueuedContribution("q1", new(QueueContributionKind.Answered, S(10), 10)),
                new QueuedContribution("q1", new(QueueContributionKind.TransferredOut, S(70), 0)),
                new QueuedContribution("q2", new(QueueContributionKind.Offered, S(70), 0)),
                new QueuedContribution("q2", new(QueueContributionKind.TransferredIn, S(70), 0)),
                new QueuedContribution("q2", new(QueueContributionKind.Answered, S(85), 15)),
                new QueuedContribution("q2", new(QueueContributionKind.Completed, S(145), 0)),
            ],
            CallCounting.Contributions(call));
    }

    [Fact]
    public void An_outbound_call_counts_as_dialled_and_completed_but_never_offered()
    {
        var call = Call(Dialed("o1", S(0), "a1", "out"), Answered("o1", S(12), "a1", "out"), Ended("o1", S(72)));

        Assert.Equal(
            [
                new QueuedContribution("out", new(QueueContributionKind.Dialed, S(0), 0)),
                new QueuedContribution("out", new(QueueContributionKind.Completed, S(72), 0)),
            ],
            CallCounting.Contributions(call));
    }

    /// <summary>
    /// The scenario, by hand (T = 20 s, short abandon = 5 s):
    /// c1 queued 09:00:00, answered 09:00:15 (wait 15, within), held 60 s later for 30 s, ended 09:03:15:
    ///    talk 60 + 90 = 150, hold 30, handle 180 (A); then 60 s wrap-up ending 09:04:15 (A).
    /// c2 queued 09:02:00, answered 09:02:30 (wait 30, after T), ended 09:06:30: talk 240 (A).
    /// c3 queued 09:05:00, abandoned 09:05:45 (wait 45: abandoned after T) (A).
    /// c4 queued 09:06:00, abandoned 09:06:04 (4 s: short) (A).
    /// c5 queued 09:07:00, abandoned 09:07:12 (12 s: abandoned, not after T) (A).
    /// c8 queued 09:13:00, abandoned 09:13:05 (exactly 5 s: short) (A).
    /// c9 queued 09:14:58 (A), abandoned 09:15:02 (B): short, counted in B and its offer taken back in A.
    /// c6 queued 09:14:50 (offered in A), answered 09:15:10 (B, wait exactly 20: within), still on hold.
    /// c7 queued 09:20:00, answered 09:20:05 (wait 5, within), ended 09:25:05: talk 300 (B).
    /// </summary>
    private static QueueFigureBook Scenario()
    {
        CallFacts[] calls =
        [
            Call(Queued("c1", S(0)), Offered("c1", S(5)), Answered("c1", S(15)), Held("c1", S(75)), Resumed("c1", S(105)), Ended("c1", S(195))),
            Call(Queued("c2", S(120)), Offered("c2", S(130)), Answered("c2", S(150)), Ended("c2", S(390))),
            Call(Queued("c3", S(300)), Abandoned("c3", S(345))),
            Call(Queued("c4", S(360)), Abandoned("c4", S(364))),
            Call(Queued("c5", S(420)), Abandoned("c5", S(432))),
            Call(Queued("c8", S(780)), Ended("c8", S(785), CallEndReason.CallerHangup)),
            Call(Queued("c9", S(898)), Abandoned("c9", S(902))),
            Call(Queued("c6", S(890)), Offered("c6", S(900)), Answered("c6", S(910)), Held("c6", S(960))),
            Call(Queued("c7", S(1200)), Answered("c7", S(1205)), Ended("c7", S(1505))),
        ];

        var book = new QueueFigureBook();
        foreach (var call in calls)
        {
            foreach (var c in CallCounting.Contributions(call))
            {
                Assert.Equal("q1", c.QueueId);
                book.Apply(c.Contribution, +1, Defaults, SiteCalendar.Utc);
            }
        }

        // Each answered call's one leg, as its agent counts it: c1 with its wrap-up, where the wrap-up ends.
        Leg(book, S(255), 180 + 60);
        Leg(book, S(390), 240);
        Leg(book, S(1505), 300);
        return book;
    }

    [Fact]
    public void The_first_interval_has_exact_counts_and_figures()
    {
        var a = Scenario().Stats(A, B);

        Assert.Equal(A, a.From);
        Assert.Equal(B, a.To);
        // Offered: c1 c2 c3 c5 c6; the short abandons c4, c8 and c9 are not offered.
        Assert.Equal(5, a.Offered);
        Assert.Equal(2, a.Answered);
        Assert.Equal(1, a.AnsweredWithinThreshold);
        Assert.Equal(2, a.Abandoned);
        Assert.Equal(1, a.AbandonedAfterThreshold);
        Assert.Equal(2, a.ShortAbandoned);
        Assert.Equal(2, a.Completed);
        Assert.Equal(0, a.Dialed);
        Assert.Equal(15 + 30, a.TotalWaitSeconds);
        Assert.Equal(180 + 240 + 60, a.TotalHandleSeconds);
        // SL = within / (answered + abandoned after T) = 1 / (2 + 1).
        Assert.Equal(1.0 / 3, a.ServiceLevel);
        // ASA = 45 / 2; AHT = 480 / 2; abandon rate = 2 / 5.
        Assert.Equal(22.5, a.AsaSeconds);
        Assert.Equal(240, a.AhtSeconds);
        Assert.Equal(0.4, a.AbandonRate);
        // Time to abandon: c3 45 s and c5 12 s (short abandons count in no figure): 57 / 2.
        Assert.Equal(45 + 12, a.TotalAbandonWaitSeconds);
        Assert.Equal(28.5, a.AverageAbandonSeconds);
        // Longest wait of a caller who left the queue: c3's 45 s (c1 15, c2 30, c5 12).
        Assert.Equal(45, a.MaxWaitSeconds);
    }

    [Fact]
    public void The_second_interval_holds_what_was_decided_in_it()
    {
        var b = Scenario().Stats(B, C);

        Assert.Equal(1, b.Offered);
        Assert.Equal(2, b.Answered);
        Assert.Equal(2, b.AnsweredWithinThreshold);
        Assert.Equal(0, b.Abandoned);
        Assert.Equal(0, b.AbandonedAfterThreshold);
        Assert.Equal(1, b.ShortAbandoned);
        Assert.Equal(1, b.Completed);
        Assert.Equal(20 + 5, b.TotalWaitSeconds);
        Assert.Equal(300, b.TotalHandleSeconds);
        Assert.Equal(1.0, b.ServiceLevel);
        Assert.Equal(12.5, b.AsaSeconds);
        Assert.Equal(300, b.AhtSeconds);
        Assert.Equal(0.0, b.AbandonRate);
        // No abandon in B: no time to abandon. Longest wait: c6's 20 s (c7 5 s; c9's short abandon counts nowhere).
        Assert.Null(b.AverageAbandonSeconds);
        Assert.Equal(20, b.MaxWaitSeconds);
        Assert.Equal(45, Scenario().Stats(A, C).MaxWaitSeconds);
    }

    [Fact]
    public void Retracting_the_longest_wait_leaves_the_next_longest_as_the_maximum()
    {
        var book = Scenario();
        var slow = Call(Queued("x", S(100)), Abandoned("x", S(700)));

        Apply(book, slow);
        Assert.Equal(600, book.Stats(A, B).MaxWaitSeconds);
        Assert.Equal((45 + 12 + 600) / 3.0, book.Stats(A, B).AverageAbandonSeconds);

        Apply(book, slow, sign: -1);
        Assert.Equal(45, book.Stats(A, B).MaxWaitSeconds);
        Assert.Equal(28.5, book.Stats(A, B).AverageAbandonSeconds);

        // An overflowed caller's wait is a wait too.
        Apply(book, Call(Queued("o", S(60)), Ended("o", S(160), CallEndReason.Overflowed)));
        Assert.Equal(100, book.Stats(A, B).MaxWaitSeconds);
    }

    [Fact]
    public void Several_queues_together_keep_the_longest_wait_and_sum_the_time_to_abandon()
    {
        var book = Scenario();
        var total = QueueFigureBook.Sum([book.Stats(A, B), book.Stats(B, C)], A, C);

        Assert.Equal(45, total.MaxWaitSeconds);
        Assert.Equal(28.5, total.AverageAbandonSeconds);
        Assert.Equal(book.Stats(A, C), total);
    }

    [Fact]
    public void Today_sums_the_intervals_from_the_sites_midnight_to_the_end_of_the_current_interval()
    {
        var today = Scenario().Today(S(26 * 60), SiteCalendar.Utc);

        Assert.Equal(new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero), today.From);
        Assert.Equal(C, today.To);
        Assert.Equal(6, today.Offered);
        Assert.Equal(4, today.Answered);
        Assert.Equal(3, today.AnsweredWithinThreshold);
        Assert.Equal(2, today.Abandoned);
        Assert.Equal(1, today.AbandonedAfterThreshold);
        Assert.Equal(3, today.ShortAbandoned);
        Assert.Equal(3, today.Completed);
        Assert.Equal(70, today.TotalWaitSeconds);
        Assert.Equal(780, today.TotalHandleSeconds);
        // SL = 3 / (4 + 1); ASA = 70 / 4; AHT = 780 / 3; abandon rate = 2 / 6.
        Assert.Equal(0.6, today.ServiceLevel);
        Assert.Equal(17.5, today.AsaSeconds);
        Assert.Equal(260, today.AhtSeconds);
        Assert.Equal(2.0 / 6, today.AbandonRate);
    }

    [Fact]
    public void The_current_interval_and_the_interval_list_follow_the_clock()
    {
        var book = Scenario();

        Assert.Equal(book.Stats(B, C), book.CurrentInterval(S(26 * 60), SiteCalendar.Utc));
        var intervals = book.Intervals(A, C);
        Assert.Equal(2, intervals.Length);
        Assert.Equal(book.Stats(A, B), intervals[0]);
        Assert.Equal(book.Stats(B, C), intervals[1]);
        Assert.Equal(2, book.IntervalCount);
    }

    [Fact]
    public void An_overflowed_caller_is_offered_and_overflowed_neither_answered_nor_abandoned()
    {
        var call = Call(Queued("c7", S(0)), Offered("c7", S(10)), Ended("c7", S(300), CallEndReason.Overflowed));

        Assert.Equal(
            [
                new QueuedContribution("q1", new(QueueContributionKind.Offered, S(0), 0)),
                new QueuedContribution("q1", new(QueueContributionKind.Overflowed, S(300), 300)),
            ],
            CallCounting.Contributions(call));
        Assert.Equal((CallState.Ended, CallEndReason.Overflowed), (call.State, call.EndReason));
    }

    [Fact]
    public void A_blocked_caller_is_counted_blocked_and_not_offered()
    {
        var blocked = new FloorEvent("b1", FloorEventType.CallEnded, S(40), CallId: "c8", QueueId: "q1", EndReason: CallEndReason.Blocked);

        var call = Call(blocked);

        Assert.Equal([new QueuedContribution("q1", new(QueueContributionKind.Blocked, S(40), 0))], CallCounting.Contributions(call));
        Assert.True(call.IsOver);
    }

    [Fact]
    public void Overflowed_callers_count_in_the_abandon_rates_denominator_and_not_in_the_service_levels()
    {
        // By hand, interval A: c1 answered after 10 s, c2 abandoned after 40 s, c3 overflowed after 300 s,
        // c4 blocked. Offered 3 (c4 is not), abandon rate 1/3, service level 1 / (1 answered + 1 abandoned after 20 s) = 0.5.
        var book = new QueueFigureBook();
        FloorEvent[][] calls =
        [
            [Queued("c1", S(0)), Answered("c1", S(10)), Ended("c1", S(100))],
            [Queued("c2", S(20)), Abandoned("c2", S(60))],
            [Queued("c3", S(30)), Ended("c3", S(330), CallEndReason.Overflowed)],
            [new FloorEvent("b4", FloorEventType.CallEnded, S(50), CallId: "c4", QueueId: "q1", EndReason: CallEndReason.Blocked)],
        ];
        foreach (var c in calls.SelectMany(events => CallCounting.Contributions(Call(events))))
        {
            book.Apply(c.Contribution, +1, Defaults, SiteCalendar.Utc);
        }

        var a = book.Stats(A, B);

        Assert.Equal((3, 1, 1, 1, 1), (a.Offered, a.Answered, a.Abandoned, a.Overflowed, a.Blocked));
        Assert.Equal(1.0 / 3, a.AbandonRate!.Value, 9);
        Assert.Equal(0.5, a.ServiceLevel);
    }

    [Theory]
    [InlineData(CallEndReason.Blocked)]
    [InlineData(CallEndReason.Overflowed)]
    public void Blocked_after_queueing_and_overflowed_after_an_answer_are_refused(CallEndReason reason)
    {
        var timeline = CallTimeline(Queued("c9", S(0)), Answered("c9", S(5)));

        var verdict = timeline.Insert(Ended("c9", S(60), reason));

        Assert.Equal(EventVerdictKind.Rejected, verdict.Kind);
        Assert.Equal("reason", verdict.Field);
    }

    [Fact]
    public void Ratios_with_a_zero_denominator_are_null_never_zero_or_one()
    {
        var book = new QueueFigureBook();

        var empty = book.CurrentInterval(S(0), SiteCalendar.Utc);
        Assert.Equal(0, empty.Offered);
        Assert.Null(empty.ServiceLevel);
        Assert.Null(empty.AsaSeconds);
        Assert.Null(empty.AhtSeconds);
        Assert.Null(empty.AbandonRate);

        // Only a short abandon: nothing offered, nothing decided.
        foreach (var c in CallCounting.Contributions(Call(Queued("c4", S(60)), Abandoned("c4", S(63)))))
        {
            book.Apply(c.Contribution, +1, Defaults, SiteCalendar.Utc);
        }

        var shortOnly = book.Stats(A, B);
        Assert.Equal(0, shortOnly.Offered);
        Assert.Equal(1, shortOnly.ShortAbandoned);
        Assert.Null(shortOnly.ServiceLevel);
        Assert.Null(shortOnly.AbandonRate);

        // A call still waiting: offered, nothing decided, nothing answered or completed.
        foreach (var c in CallCounting.Contributions(Call(Queued("c5", S(120)))))
        {
            book.Apply(c.Contribution, +1, Defaults, SiteCalendar.Utc);
        }

        var waiting = book.Stats(A, B);
        Assert.Equal(1, waiting.Offered);
        Assert.Null(waiting.ServiceLevel);
        Assert.Null(waiting.AsaSeconds);
        Assert.Null(waiting.AhtSeconds);
        Assert.Equal(0.0, waiting.AbandonRate);

        // An abandon within T is decided by nothing: still no service level.
        foreach (var c in CallCounting.Contributions(Call(Queued("c6", S(180)), Abandoned("c6", S(190)))))
        {
            book.Apply(c.Contribution, +1, Defaults, SiteCalendar.Utc);
        }

        var abandonedWithinT = book.Stats(A, B);
        Assert.Null(abandonedWithinT.ServiceLevel);
        Assert.Equal(0.5, abandonedWithinT.AbandonRate);
    }

    [Fact]
    public void Answered_exactly_at_T_is_within_and_abandoned_exactly_at_T_is_not_after_it()
    {
        var book = new QueueFigureBook();
        Apply(book, Call(Queued("c1", S(0)), Answered("c1", S(20))));
        Apply(book, Call(Queued("c2", S(0)), Answered("c2", S(21))));
        Apply(book, Call(Queued("c3", S(0)), Abandoned("c3", S(20))));
        Apply(book, Call(Queued("c4", S(0)), Abandoned("c4", S(21))));
        Apply(book, Call(Queued("c5", S(0)), Abandoned("c5", S(6))));

        var a = book.Stats(A, B);
        Assert.Equal(2, a.Answered);
        Assert.Equal(1, a.AnsweredWithinThreshold);
        Assert.Equal(3, a.Abandoned);
        Assert.Equal(1, a.AbandonedAfterThreshold);
        Assert.Equal(0, a.ShortAbandoned);
        Assert.Equal(5, a.Offered);
        // 1 / (2 + 1).
        Assert.Equal(1.0 / 3, a.ServiceLevel);
        Assert.Equal(3.0 / 5, a.AbandonRate);
    }

    [Fact]
    public void A_queues_own_threshold_and_grace_change_the_counting()
    {
        var settings = new QueueSettings { ServiceLevelSeconds = 30, ShortAbandonSeconds = 10 };
        var book = new QueueFigureBook();
        Apply(book, Call(Queued("c1", S(0)), Answered("c1", S(25))), settings);
        Apply(book, Call(Queued("c2", S(0)), Abandoned("c2", S(8))), settings);
        Apply(book, Call(Queued("c3", S(0)), Abandoned("c3", S(31))), settings);

        var a = book.Stats(A, B);
        Assert.Equal(1, a.AnsweredWithinThreshold);
        Assert.Equal(1, a.ShortAbandoned);
        Assert.Equal(1, a.Abandoned);
        Assert.Equal(1, a.AbandonedAfterThreshold);
        Assert.Equal(2, a.Offered);
        Assert.Equal(0.5, a.ServiceLevel);
    }

    [Fact]
    public void A_call_counts_offered_in_the_interval_of_its_queueing_and_answered_in_the_interval_of_its_answer()
    {
        var book = new QueueFigureBook();
        Apply(book, Call(Queued("c1", S(14 * 60 + 50)), Answered("c1", S(15 * 60 + 12)), Ended("c1", S(45 * 60 + 12))));

        var a = book.Stats(A, B);
        var b = book.Stats(B, C);
        var d = book.Stats(D, D.AddMinutes(15));
        Assert.Equal((1, 0, 0), (a.Offered, a.Answered, a.Completed));
        Assert.Equal((0, 1, 0), (b.Offered, b.Answered, b.Completed));
        Assert.Equal(22, b.TotalWaitSeconds);
        Assert.Equal(0.0, b.ServiceLevel);
        Assert.Null(b.AbandonRate);
        // Completed at 09:45:12 with 30 min of talk.
        Assert.Equal((0, 0, 1), (d.Offered, d.Answered, d.Completed));
        Assert.Equal(1800, d.AhtSeconds);
        Assert.Equal(3, book.Intervals(A, D.AddMinutes(15)).Length);
    }

    [Fact]
    public void A_short_abandon_takes_its_offer_back_from_the_exact_interval_it_was_offered_in()
    {
        var book = new QueueFigureBook();
        // Queued one tick before 09:15, abandoned 3 s and a tick later: offered in A, short abandon in B.
        Apply(book, Call(Queued("c1", B.AddTicks(-1)), Abandoned("c1", B.AddSeconds(3))));

        var a = book.Stats(A, B);
        var b = book.Stats(B, C);
        Assert.Equal((0, 0), (a.Offered, a.ShortAbandoned));
        Assert.Equal((0, 1), (b.Offered, b.ShortAbandoned));
        Assert.Null(b.AbandonRate);
    }

    [Fact]
    public void AHT_is_handle_time_per_handled_leg_and_a_transferred_call_completes_once()
    {
        var book = new QueueFigureBook();
        var transferred = Call(Queued("c1", S(0)), Answered("c1", S(10)), TransferredToQueue("c1", S(100), "q1"), Answered("c1", S(150), "a2"), Ended("c1", S(200)));
        foreach (var c in CallCounting.Contributions(transferred))
        {
            book.Apply(c.Contribution, +1, Defaults, SiteCalendar.Utc);
        }

        // Its two legs: 90 s of talk; 50 s of talk and a 45 s wrap-up ending at 09:04:05.
        Leg(book, S(100), 90);
        Leg(book, S(245), 50 + 45);

        var a = book.Stats(A, B);
        Assert.Equal((2, 1, 2), (a.Handled, a.Completed, a.Offered));
        Assert.Equal((1, 1), (a.TransferredIn, a.TransferredOut));
        Assert.Equal(90 + 95, a.TotalHandleSeconds);
        Assert.Equal(92.5, a.AhtSeconds);
    }

    [Fact]
    public void A_retraction_undoes_a_contribution_exactly()
    {
        var book = Scenario();
        var before = book.Stats(A, C);
        var extra = Call(Queued("x", S(600)), Answered("x", S(640)), Ended("x", S(700)));

        Apply(book, extra);
        Assert.Equal(before.Offered + 1, book.Stats(A, C).Offered);
        Apply(book, extra, sign: -1);

        Assert.Equal(before, book.Stats(A, C));

        // A retracted short abandon gives its offer back too.
        var shortAbandon = Call(Queued("y", S(898)), Abandoned("y", S(902)));
        Apply(book, shortAbandon);
        Apply(book, shortAbandon, sign: -1);
        Assert.Equal(before, book.Stats(A, C));
        Assert.Equal(5, book.Stats(A, B).Offered);
    }

    [Fact]
    public void A_late_queued_event_moves_the_calls_figures_instead_of_counting_them_twice()
    {
        var book = new QueueFigureBook();
        var timeline = CallTimeline(Offered("c1", S(45 * 60 + 5)), Answered("c1", S(45 * 60 + 20)));
        var old = CallCounting.Contributions(timeline.Facts);
        ApplyAll(book, old, +1);

        var first = book.Stats(D, D.AddMinutes(15));
        Assert.Equal(1, first.Offered);
        Assert.Equal(15, first.TotalWaitSeconds);
        Assert.Equal(1.0, first.ServiceLevel);

        // The source's CallQueued arrives late: the call waited since 09:44:50, in interval C.
        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Queued("c1", S(44 * 60 + 50))).Kind);
        var now = CallCounting.Contributions(timeline.Facts);
        ApplyAll(book, old, -1);
        ApplyAll(book, now, +1);

        var c = book.Stats(C, D);
        var d = book.Stats(D, D.AddMinutes(15));
        Assert.Equal(1, c.Offered);
        Assert.Equal(0, c.Answered);
        Assert.Equal(0, d.Offered);
        Assert.Equal(1, d.Answered);
        Assert.Equal(30, d.TotalWaitSeconds);
        Assert.Equal(0, d.AnsweredWithinThreshold);
        Assert.Equal(0.0, d.ServiceLevel);
        Assert.Equal(30, d.AsaSeconds);
        Assert.Equal(30, d.MaxWaitSeconds);
        Assert.Null(d.AbandonRate);
        Assert.Equal(1, book.Stats(C, D.AddMinutes(15)).Offered);
    }

    [Fact]
    public void Outbound_dialled_calls_count_only_as_dialled()
    {
        var book = new QueueFigureBook();
        Apply(book, Call(Dialed("o1", S(0), "a1", "q1"), Answered("o1", S(10), "a1", "q1"), Ended("o1", S(70))));

        var a = book.Stats(A, B);
        Assert.Equal(1, a.Dialed);
        Assert.Equal(0, a.Offered);
        Assert.Equal(0, a.Answered);
        Assert.Null(a.ServiceLevel);
        Assert.Null(a.AbandonRate);
        Assert.Equal(1, a.Completed);
        Assert.Equal(60, a.AhtSeconds);
    }

    [Fact]
    public void Today_follows_the_sites_midnight_not_utcs()
    {
        var berlin = SiteCalendar.For("Europe/Berlin");
        var book = new QueueFigureBook();
        // 23:55 on 1 June in Berlin (yesterday there) and 00:05 on 2 June in Berlin (today).
        var yesterday = new DateTimeOffset(2025, 6, 1, 21, 55, 0, TimeSpan.Zero);
        var today = new DateTimeOffset(2025, 6, 1, 22, 5, 0, TimeSpan.Zero);
        book.Apply(new QueueContribution(QueueContributionKind.Offered, yesterday, 0), +1, Defaults, berlin);
        book.Apply(new QueueContribution(QueueContributionKind.Offered, today, 0), +1, Defaults, berlin);
        book.Apply(new QueueContribution(QueueContributionKind.Offered, today.AddMinutes(2), 0), +1, Defaults, berlin);

        var stats = book.Today(new DateTimeOffset(2025, 6, 2, 7, 0, 0, TimeSpan.Zero), berlin);

        Assert.Equal(new DateTimeOffset(2025, 6, 1, 22, 0, 0, TimeSpan.Zero), stats.From);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 7, 15, 0, TimeSpan.Zero), stats.To);
        Assert.Equal(2, stats.Offered);
        // UTC's day would hold all three.
        Assert.Equal(3, book.Today(new DateTimeOffset(2025, 6, 1, 23, 0, 0, TimeSpan.Zero), SiteCalendar.Utc).Offered);
    }

    [Fact]
    public void Pruning_drops_saved_intervals_older_than_the_retention()
    {
        var kept = Saved(Scenario());
        kept.Prune(A + QueueFigureBook.Retention);
        Assert.Equal(2, kept.IntervalCount);

        // A fresh book: pruning works at most once an hour, so the same book would not prune again yet.
        var book = Saved(Scenario());
        book.Prune(A + QueueFigureBook.Retention + TimeSpan.FromTicks(1));
        Assert.Equal(1, book.IntervalCount);
        Assert.Equal(0, book.Stats(A, B).Offered);
        Assert.Equal(1, book.Stats(B, C).Offered);
    }

    [Fact]
    public void An_interval_the_history_store_has_not_taken_is_never_pruned()
    {
        var book = Scenario();
        book.TrackUnsaved();
        Assert.Equal([A, B], book.Unsaved().Select(pair => pair.Key).Order());

        book.Prune(A + QueueFigureBook.Retention + TimeSpan.FromTicks(1));

        Assert.Equal(2, book.IntervalCount);
    }

    [Fact]
    public void A_book_from_before_the_history_store_owes_it_every_interval_it_holds()
    {
        // As stored before the store existed: intervals, nothing marked, not tracked.
        var old = Scenario();
        old.Saved([A, B]);
        Assert.False(old.HasUnsaved);

        old.TrackUnsaved();
        Assert.Equal([A, B], old.Unsaved().Select(pair => pair.Key).Order());

        // Once tracked, saving is final.
        old.Saved([A, B]);
        old.TrackUnsaved();
        Assert.False(old.HasUnsaved);
    }

    [Fact]
    public void A_late_contribution_past_the_horizon_names_the_intervals_to_load_and_counts_onto_them()
    {
        var book = new QueueFigureBook();
        book.TrackUnsaved();
        var now = A + QueueFigureBook.Retention + TimeSpan.FromDays(1);
        var abandon = new QueueContribution(QueueContributionKind.Abandoned, A.AddMinutes(16), 120);

        // Abandoned 120 s after it was offered at A+14 min: two intervals, both older than the book keeps.
        Assert.Equal([A, B], book.Missing(abandon, now, SiteCalendar.Utc).Order());

        book.Restore(A, new QueueIntervalCounts { Offered = 3 });
        book.Restore(B, new QueueIntervalCounts { Offered = 1, Abandoned = 1 });
        Assert.Empty(book.Missing(abandon, now, SiteCalendar.Utc));
        Assert.False(book.HasUnsaved);

        book.Apply(new QueueContribution(QueueContributionKind.Offered, A.AddMinutes(14), 0), +1, Defaults, SiteCalendar.Utc);
        book.Apply(abandon, +1, Defaults, SiteCalendar.Utc);

        Assert.Equal(4, book.Stats(A, B).Offered);
        Assert.Equal(2, book.Stats(B, C).Abandoned);
        Assert.Equal([A, B], book.Unsaved().Select(pair => pair.Key).Order());
    }

    private static QueueFigureBook Saved(QueueFigureBook book)
    {
        book.TrackUnsaved();
        book.Saved(book.Unsaved().Select(pair => pair.Key));
        return book;
    }

    /// <summary>A call's own contributions and, once it ended answered, the one leg its agent counts with no wrap-up.</summary>
    private static void Apply(QueueFigureBook book, CallFacts call, QueueSettings? settings = null, int sign = +1)
    {
        foreach (var c in CallCounting.Contributions(call))
        {
            book.Apply(c.Contribution, sign, settings ?? Defaults, SiteCalendar.Utc);
        }

        if (call is { State: CallState.Ended, AnsweredAt: not null, EndedAt: { } ended })
        {
            Leg(book, ended, call.TalkSeconds + call.HoldSeconds, sign, settings);
        }
    }

    private static void Leg(QueueFigureBook book, DateTimeOffset completedAt, double seconds, int sign = +1, QueueSettings? settings = null) =>
        book.Apply(new QueueContribution(QueueContributionKind.Handled, completedAt, seconds), sign, settings ?? Defaults, SiteCalendar.Utc);

    private static void ApplyAll(QueueFigureBook book, List<QueuedContribution> contributions, int sign)
    {
        foreach (var c in contributions)
        {
            book.Apply(c.Contribution, sign, Defaults, SiteCalendar.Utc);
        }
    }
}
