using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Grains.Routing;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>The order a batch reaches its subjects in: plain data, no cluster.</summary>
public sealed class BatchWalksTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_call_that_names_no_agent_goes_first_on_its_own()
    {
        FloorEvent[] batch = [State("a1", AgentState.WrapUp, T.AddSeconds(10)), Ended("c1", T.AddSeconds(10))];

        var plan = BatchWalks.Of(batch);

        var lone = Assert.Single(plan.UnlinkedCalls);
        Assert.Equal((true, "c1"), (lone.IsCall, lone.Key));
        Assert.Equal([1], lone.Indices);
        var walk = Assert.Single(plan.Walks);
        Assert.Equal([(false, "a1")], walk.Select(r => (r.IsCall, r.Key)));
    }

    [Fact]
    public void An_agents_day_in_one_batch_is_walked_in_time_order_one_run_per_subject_in_turn()
    {
        FloorEvent[] batch =
        [
            LoggedIn("a1", "t1", T, "q1"),
            Queued("c1", "q1", T.AddSeconds(10)),
            Answered("c1", "a1", T.AddSeconds(15)),
            Ended("c1", T.AddSeconds(60)),
            State("a1", AgentState.WrapUp, T.AddSeconds(60)),
            State("a1", AgentState.Available, T.AddSeconds(90)),
            Queued("c2", "q1", T.AddSeconds(100)),
            Answered("c2", "a1", T.AddSeconds(105)),
        ];

        var walk = Assert.Single(BatchWalks.Of(batch).Walks);

        Assert.Empty(BatchWalks.Of(batch).UnlinkedCalls);
        Assert.Equal(
            [("a1", new[] { 0 }), ("c1", new[] { 1, 2, 3 }), ("a1", new[] { 4, 5 }), ("c2", new[] { 6, 7 })],
            walk.Select(r => (r.Key, r.Indices)));
    }

    [Fact]
    public void At_one_instant_a_call_ends_then_the_agent_changes_state_then_the_next_call_starts_whatever_the_order_sent()
    {
        FloorEvent[] batch =
        [
            Answered("c1", "a1", T),
            Offered("c2", "a1", T.AddSeconds(60)),
            State("a1", AgentState.Available, T.AddSeconds(60)),
            Ended("c1", T.AddSeconds(60)),
        ];

        var walk = Assert.Single(BatchWalks.Of(batch).Walks);

        Assert.Equal(["c1", "a1", "c2"], walk.Select(r => r.Key));
        Assert.Equal([0, 3], walk[0].Indices);
    }

    [Fact]
    public void A_calls_events_of_one_instant_keep_the_order_sent()
    {
        FloorEvent[] batch = [Queued("c1", "q1", T), Answered("c1", "a1", T), Ended("c1", T), State("a1", AgentState.WrapUp, T)];

        var walk = Assert.Single(BatchWalks.Of(batch).Walks);

        Assert.Equal([("c1", new[] { 0, 1, 2 }), ("a1", new[] { 3 })], walk.Select(r => (r.Key, r.Indices)));
    }

    [Fact]
    public void A_hand_naming_a_call_ties_the_call_to_its_agent_and_unrelated_agents_walk_apart()
    {
        FloorEvent[] batch = [HandUp("a1", T, "abusive caller", "c1"), Held("c1", T.AddSeconds(5)), LoggedIn("a2", "t1", T, "q1")];

        var plan = BatchWalks.Of(batch);

        Assert.Empty(plan.UnlinkedCalls);
        Assert.Equal(2, plan.Walks.Count);
        Assert.Contains(plan.Walks, w => w.Select(r => r.Key).SequenceEqual(["a1", "c1"]));
        Assert.Contains(plan.Walks, w => w.Select(r => r.Key).SequenceEqual(["a2"]));
    }

    [Fact]
    public void A_call_offered_to_another_agent_walks_with_the_agent_it_rang_before_so_no_two_walks_reach_one_agent()
    {
        // c1 rang a1 in an earlier batch; now it rings a2, and a1 changes state in the same batch.
        FloorEvent[] batch = [Offered("c1", "a2", T.AddSeconds(20)), State("a1", AgentState.NotReady, T.AddSeconds(21), "break")];

        Assert.Equal(["c1"], BatchWalks.LinkedCalls(batch));
        Assert.Equal(2, BatchWalks.Of(batch).Walks.Count);
        var walk = Assert.Single(BatchWalks.Of(batch, new Dictionary<string, string> { ["c1"] = "a1" }).Walks);
        Assert.Equal([(true, "c1"), (false, "a1")], walk.Select(r => (r.IsCall, r.Key)));
    }

    [Fact]
    public void A_call_that_names_no_agent_stays_first_on_its_own_whoever_it_is_with()
    {
        FloorEvent[] batch = [State("a1", AgentState.WrapUp, T.AddSeconds(10)), Ended("c1", T.AddSeconds(10))];

        Assert.Empty(BatchWalks.LinkedCalls(batch));
        var plan = BatchWalks.Of(batch, new Dictionary<string, string> { ["c1"] = "a1" });

        Assert.Equal("c1", Assert.Single(plan.UnlinkedCalls).Key);
        Assert.Equal([(false, "a1")], Assert.Single(plan.Walks).Select(r => (r.IsCall, r.Key)));
    }
}
