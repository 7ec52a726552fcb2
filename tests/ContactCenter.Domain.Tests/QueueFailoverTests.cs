using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Time;
using ContactCenter.Domain.Timeline;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

/// <summary>
/// Queue failover (Asterisk EXITWITHTIMEOUT, then ENTERQUEUE of the same call in another queue):
/// overflowed in the first queue, a new offer in the next, each figure counted once whatever the
/// arrival order. All of it falls in interval 09:00-09:15; T = 20 s, short abandon = 5 s.
/// </summary>
public sealed class QueueFailoverTests
{
    private static readonly QueueSettings Defaults = new();

    /// <summary>
    /// c1 waits in q1 from 0, rings a1 from 5, q1 times out at 300 and sends it to q2 (same second),
    /// a2 rings from 310, answers at 318 and the call ends at 498.
    /// q1: offered 1, overflowed 1 after 300 s; nothing answered or abandoned: no service level, abandon rate 0/1.
    /// q2: offered 1, answered 1 after 318 - 300 = 18 s (within T): service level 1/1, ASA 18, completed 1.
    /// </summary>
    private static FloorEvent[] Q1Stay() =>
        [Queued("c1", S(0), "q1"), Offered("c1", S(5), "a1", "q1"), Overflowed("c1", S(300), "q1")];

    private static FloorEvent[] AnsweredInQ2(double entered = 300) =>
        [Queued("c1", S(entered), "q2"), Offered("c1", S(entered + 10), "a2", "q2"), Answered("c1", S(entered + 18), "a2", "q2"), Ended("c1", S(entered + 198), agent: "a2")];

    private static readonly QueuedContribution[] AnsweredContributions =
    [
        new("q1", new(QueueContributionKind.Offered, S(0), 0)),
        new("q1", new(QueueContributionKind.Overflowed, S(300), 300)),
        new("q2", new(QueueContributionKind.Offered, S(300), 0)),
        new("q2", new(QueueContributionKind.Answered, S(318), 18)),
        new("q2", new(QueueContributionKind.Completed, S(498), 0)),
    ];

    [Fact]
    public void A_caller_overflowing_into_another_queue_and_answered_there_is_overflowed_in_the_first_and_answered_in_the_second()
    {
        var call = Call([.. Q1Stay(), .. AnsweredInQ2()]);

        Assert.Equal(AnsweredContributions, CallCounting.Contributions(call));
        var (q1, q2) = (Stats(call, "q1"), Stats(call, "q2"));
        Assert.Equal((1, 0, 0, 1, 0.0, (double?)null), (q1.Offered, q1.Answered, q1.Abandoned, q1.Overflowed, q1.AbandonRate, q1.ServiceLevel));
        Assert.Equal((1, 1, 1, 0, 1.0, 18.0, 1), (q2.Offered, q2.Answered, q2.AnsweredWithinThreshold, q2.Overflowed, q2.ServiceLevel, q2.AsaSeconds, q2.Completed));

        // One call all along: its wait runs from q1's entry to q2's answer (318 s); ring 5..300 and 310..318 = 303 s; talk 318..498 = 180 s.
        Assert.Equal((CallState.Ended, CallEndReason.Completed, "q2", "a2"), (call.State, call.EndReason, call.QueueId, call.AgentId));
        Assert.Equal((S(0), 318.0, 303.0, 180.0), (call.FirstQueuedAt, call.WaitAt(S(600)), call.RingSeconds, call.TalkSeconds));
    }

    [Fact]
    public void A_caller_overflowing_into_another_queue_and_abandoning_there_is_overflowed_in_the_first_and_abandoned_in_the_second()
    {
        var call = Call(Queued("c1", S(0), "q1"), Overflowed("c1", S(300), "q1"), Queued("c1", S(300), "q2"), Abandoned("c1", S(345)));

        // q1: offered, overflowed after 300 s. q2: offered, abandoned after 345 - 300 = 45 s (past grace and T):
        // abandon rate 1/1, service level 0 / (0 answered + 1 abandoned after T) = 0.
        Assert.Equal(
            [
                new QueuedContribution("q1", new(QueueContributionKind.Offered, S(0), 0)),
                new QueuedContribution("q1", new(QueueContributionKind.Overflowed, S(300), 300)),
                new QueuedContribution("q2", new(QueueContributionKind.Offered, S(300), 0)),
                new QueuedContribution("q2", new(QueueContributionKind.Abandoned, S(345), 45)),
            ],
            CallCounting.Contributions(call));
        var (q1, q2) = (Stats(call, "q1"), Stats(call, "q2"));
        Assert.Equal((1, 0, 1, 0.0), (q1.Offered, q1.Abandoned, q1.Overflowed, q1.AbandonRate));
        Assert.Equal((1, 1, 1, 0, 1.0, 0.0), (q2.Offered, q2.Abandoned, q2.AbandonedAfterThreshold, q2.Overflowed, q2.AbandonRate, q2.ServiceLevel));
        Assert.Equal((CallState.Abandoned, 345.0), (call.State, call.WaitAt(S(600))));
    }

    [Fact]
    public void An_overflow_reopens_the_call_in_the_next_queue_as_a_new_wait_with_no_agent_and_no_end()
    {
        var timeline = CallTimeline(Q1Stay());
        Assert.True(timeline.Facts.IsOver);

        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Queued("c1", S(300), "q2")).Kind);

        var call = timeline.Facts;
        Assert.Equal((CallState.Queued, "q2", null, null, null), (call.State, call.QueueId, call.AgentId, call.EndedAt, call.EndReason));
        Assert.Equal(S(300), call.WaitingSince);
        Assert.Equal([new QueueSegment("q1", S(0), false, OverflowedAt: S(300)), new QueueSegment("q2", S(300), false)], call.Segments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)] // An announcement plays between the two queues.
    public void Each_queues_events_arriving_in_reverse_order_of_the_queues_give_the_same_figures(double gap)
    {
        var inOrder = Call([.. Q1Stay(), .. AnsweredInQ2(300 + gap)]);

        // q2's whole stay first: q1's entry then finds the caller already in q2, so it left q1 there; q1's own overflow then moves that to 300.
        var reversed = Call([.. AnsweredInQ2(300 + gap), .. Q1Stay()]);

        Assert.Equal(CallCounting.Contributions(inOrder), CallCounting.Contributions(reversed));
        Assert.Equal(new QueuedContribution("q1", new(QueueContributionKind.Overflowed, S(300), 300)), CallCounting.Contributions(reversed)[1]);
    }

    [Fact]
    public void Every_arrival_order_that_keeps_each_queues_own_order_gives_the_same_figures()
    {
        // Some orders cannot place q1's overflow when it comes (q1's entry not known yet): q2's entry
        // then tells the same overflow, at the same second, so the figures are still those above.
        foreach (var order in Interleavings(Q1Stay(), AnsweredInQ2()))
        {
            var timeline = new EventTimeline<CallFacts, FloorEvent>();
            foreach (var e in order)
            {
                timeline.Insert(e);
            }

            Assert.Equal(AnsweredContributions, CallCounting.Contributions(timeline.Facts));
        }
    }

    [Fact]
    public void The_next_queues_entry_arriving_before_the_overflow_counts_it_once_and_the_overflow_told_after_is_accepted()
    {
        var timeline = CallTimeline(Queued("c1", S(0), "q1"), Offered("c1", S(5), "a1", "q1"));

        // Entering q2 while ringing in q1: q1 let the caller go then.
        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Queued("c1", S(300), "q2")).Kind);
        Assert.Equal([new QueueSegment("q1", S(0), false, OverflowedAt: S(300)), new QueueSegment("q2", S(300), false)], timeline.Facts.Segments);

        // q1's overflow, same second, sorts after q2's entry: the same fact told again.
        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Overflowed("c1", S(300), "q1")).Kind);
        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Abandoned("c1", S(345))).Kind);

        Assert.Equal(
            [
                new QueuedContribution("q1", new(QueueContributionKind.Offered, S(0), 0)),
                new QueuedContribution("q1", new(QueueContributionKind.Overflowed, S(300), 300)),
                new QueuedContribution("q2", new(QueueContributionKind.Offered, S(300), 0)),
                new QueuedContribution("q2", new(QueueContributionKind.Abandoned, S(345), 45)),
            ],
            CallCounting.Contributions(timeline.Facts));
    }

    [Fact]
    public void A_caller_who_overflows_and_is_never_seen_again_stays_ended_overflowed_and_cannot_enter_that_queue_again()
    {
        var timeline = CallTimeline(Q1Stay());

        Assert.Equal((CallState.Ended, CallEndReason.Overflowed, S(300)), (timeline.Facts.State, timeline.Facts.EndReason, timeline.Facts.EndedAt));
        // Entering the queue that let it go, or after another end, proves no failover.
        Assert.Equal("out-of-order", timeline.Insert(Queued("c1", S(320), "q1")).Reason);
        var completed = CallTimeline(Queued("c2", S(0)), Answered("c2", S(10)), Ended("c2", S(60)));
        Assert.Equal("out-of-order", completed.Insert(Queued("c2", S(70), "q2")).Reason);
        var abandoned = CallTimeline(Queued("c3", S(0)), Abandoned("c3", S(30)));
        Assert.Equal("out-of-order", abandoned.Insert(Queued("c3", S(40), "q2")).Reason);
    }

    [Fact]
    public void An_overflow_naming_a_queue_the_caller_is_not_waiting_in_is_refused()
    {
        var timeline = CallTimeline(Queued("c1", S(0), "q2"));

        var verdict = timeline.Insert(Overflowed("c1", S(300), "q1"));

        Assert.Equal(("invalid-transition", "queueId"), (verdict.Reason, verdict.Field));
        Assert.Equal((CallState.Queued, null), (timeline.Facts.State, timeline.Facts.EndReason));
    }

    [Fact]
    public void A_refused_overflow_leaves_no_end_reason_on_the_call()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(10)));

        Assert.Equal("invalid-transition", timeline.Insert(Overflowed("c1", S(30), "q1")).Reason);

        Assert.Null(timeline.Facts.EndReason);
    }

    private static FloorEvent Overflowed(string call, DateTimeOffset at, string queue) =>
        Ended(call, at, CallEndReason.Overflowed) with { QueueId = queue, AgentId = null };

    /// <summary>The call's figures in one queue, from its contributions alone (no agent legs).</summary>
    private static QueueStats Stats(CallFacts call, string queue)
    {
        var book = new QueueFigureBook();
        foreach (var c in CallCounting.Contributions(call).Where(c => c.QueueId == queue))
        {
            book.Apply(c.Contribution, +1, Defaults, SiteCalendar.Utc);
        }

        return book.Stats(S(0), S(15 * 60));
    }

    /// <summary>Every merge of the two sequences that keeps each one's own order.</summary>
    private static IEnumerable<FloorEvent[]> Interleavings(FloorEvent[] a, FloorEvent[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            yield return [.. a, .. b];
            yield break;
        }

        foreach (var rest in Interleavings(a[1..], b))
        {
            yield return [a[0], .. rest];
        }

        foreach (var rest in Interleavings(a, b[1..]))
        {
            yield return [b[0], .. rest];
        }
    }
}
