using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

/// <summary>What an agent tells its queues about handled legs as its facts change: each leg counted once, where its wrap-up ends.</summary>
public sealed class LegCountingTests
{
    [Fact]
    public void A_leg_counts_at_the_calls_end_and_moves_to_where_its_wrap_up_ends()
    {
        var counted = new List<HandledLeg>();
        var timeline = AgentTimeline(null, [LoggedIn(S(0)), .. WholeCall("c1", S(60), S(70), S(300))]);

        // Ended with no wrap-up yet: the leg counts at the end, with its 230 s of talk.
        var atEnd = Assert.Single(LegCounting.Reconcile(counted, timeline.Facts));
        Assert.Equal((null, new HandledLeg("c1", "q1", S(70), S(300), 230)), atEnd);

        // Wrap-up is the next state: the leg is taken back until the wrap-up ends.
        timeline.Insert(StateChanged(S(300), AgentState.WrapUp));
        var pending = Assert.Single(LegCounting.Reconcile(counted, timeline.Facts));
        Assert.Equal((new HandledLeg("c1", "q1", S(70), S(300), 230), null), pending);
        Assert.Empty(counted);

        timeline.Insert(StateChanged(S(345), AgentState.Available));
        var whole = Assert.Single(LegCounting.Reconcile(counted, timeline.Facts));
        Assert.Equal((null, new HandledLeg("c1", "q1", S(70), S(345), 275)), whole);

        // Nothing changed: nothing to tell.
        Assert.Empty(LegCounting.Reconcile(counted, timeline.Facts));
    }

    [Fact]
    public void A_late_event_that_moves_a_legs_end_replaces_it_instead_of_counting_it_twice()
    {
        var counted = new List<HandledLeg>();
        var timeline = AgentTimeline(null, [LoggedIn(S(0)), .. WholeCall("c1", S(60), S(70), S(300)), StateChanged(S(300), AgentState.WrapUp), StateChanged(S(400), AgentState.Available)]);
        LegCounting.Reconcile(counted, timeline.Facts);

        // The source reports the wrap-up ended earlier, with the agent briefly not ready.
        timeline.Insert(StateChanged(S(350), AgentState.NotReady, "coaching"));
        var moved = Assert.Single(LegCounting.Reconcile(counted, timeline.Facts));

        Assert.Equal((new HandledLeg("c1", "q1", S(70), S(400), 330), new HandledLeg("c1", "q1", S(70), S(350), 280)), moved);
        Assert.Equal([new HandledLeg("c1", "q1", S(70), S(350), 280)], counted);
    }

    [Fact]
    public void A_leg_that_left_the_agent_by_transfer_counts_with_the_wrap_up_after_it_in_the_queue_it_was_answered_from()
    {
        var counted = new List<HandledLeg>();
        var timeline = AgentTimeline(null,
            LoggedIn(S(0)),
            ForAgent(Answered("c1", S(10)), queue: "q2"),
            new Contracts.Events.AgentEvent(TransferredToQueue("c1", S(310), "q3"), "q3", LeavesAgent: true),
            StateChanged(S(310), AgentState.WrapUp),
            StateChanged(S(370), AgentState.Available));

        LegCounting.Reconcile(counted, timeline.Facts);

        Assert.Equal([new HandledLeg("c1", "q2", S(10), S(370), 360)], counted);
        Assert.Equal(0, timeline.Facts.Calls);
    }
}
