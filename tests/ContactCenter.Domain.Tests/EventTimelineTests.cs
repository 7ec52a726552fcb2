using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Timeline;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

/// <summary>Timelines that have folded nothing share one empty checkpoint; folding must never reach it.</summary>
public sealed class EventTimelineTests
{
    [Fact]
    public void A_timeline_that_folds_leaves_the_others_checkpoint_empty()
    {
        var folding = new EventTimeline<CallFacts, FloorEvent>(window: 1);
        foreach (var e in new[] { Queued("c1", S(0)), Offered("c1", S(10)), Answered("c1", S(15)), Held("c1", S(40)) })
        {
            Assert.Equal(EventVerdictKind.Accepted, folding.Insert(e).Kind);
        }

        Assert.Equal(CallState.OnHold, folding.Facts.State);
        Assert.Single(folding.Entries);

        // A fresh timeline, bounded or not, starts from nothing: none of c1's history.
        var fresh = CallTimeline(Queued("c2", S(100), "q2"));
        var bounded = new EventTimeline<CallFacts, FloorEvent>(window: 1);
        Assert.Equal(EventVerdictKind.Accepted, bounded.Insert(Queued("c3", S(200), "q3")).Kind);
        foreach (var (facts, queue) in new[] { (fresh.Facts, "q2"), (bounded.Facts, "q3") })
        {
            Assert.Equal(CallState.Queued, facts.State);
            Assert.Null(facts.AnsweredAt);
            Assert.Equal(0, facts.HoldCount);
            Assert.Equal(queue, Assert.Single(facts.Segments).QueueId);
        }
    }

    [Fact]
    public void A_late_event_refolds_from_an_empty_checkpoint_without_changing_it()
    {
        var timeline = CallTimeline(Queued("c1", S(0)), Answered("c1", S(30)), Ended("c1", S(90)));

        // Offered at 20 s belongs between the queueing and the answer: the facts are refolded from the checkpoint.
        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Offered("c1", S(20))).Kind);

        Assert.Equal(10, timeline.Facts.RingSeconds);
        var other = CallTimeline(Queued("c2", S(0)));
        Assert.Null(other.Facts.OfferedAt);
        Assert.Equal(0, other.Facts.RingSeconds);
    }

    [Fact]
    public void An_event_folded_away_is_still_a_duplicate()
    {
        var timeline = new EventTimeline<CallFacts, FloorEvent>(window: 1);
        var queued = Queued("c1", S(0));
        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(queued).Kind);
        Assert.Equal(EventVerdictKind.Accepted, timeline.Insert(Offered("c1", S(10))).Kind);

        Assert.Equal(EventVerdictKind.Duplicate, timeline.Insert(queued).Kind);
        Assert.Equal(EventVerdictKind.Accepted, CallTimeline(Queued("c2", S(0))).Insert(Offered("c2", S(5))).Kind);
    }
}
