using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

[Collection(FloorCollection.Name)]
public sealed class CallAndAgentTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_call_that_is_queued_offered_answered_held_resumed_and_ended_has_its_figures_from_event_times()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var t0 = floor.Clock.GetUtcNow();
        var result = await floor.Sink.IngestAsync(
        [
            LoggedIn(agent, team, t0.AddSeconds(-60), queue),
            Queued(call, queue, t0),
            Offered(call, agent, t0.AddSeconds(12)),
            Answered(call, agent, t0.AddSeconds(15)),
            Held(call, t0.AddSeconds(75)),
            Resumed(call, t0.AddSeconds(105)),
            Ended(call, t0.AddSeconds(195)),
        ]);
        Assert.Equal(7, result.Accepted);
        Assert.Empty(result.Rejected);

        var snapshot = (await floor.Grains.GetGrain<ICallGrain>(call).GetSnapshot())!;
        Assert.Equal(CallState.Ended, snapshot.State);
        Assert.Equal(15, snapshot.WaitSeconds);   // queued → answered, ring included
        Assert.Equal(3, snapshot.RingSeconds);    // offered → answered
        Assert.Equal(60 + 90, snapshot.TalkSeconds); // 15→75 and 105→195
        Assert.Equal(30, snapshot.HoldSeconds);
        Assert.Equal(0, snapshot.CurrentHoldSeconds);
        Assert.Equal(1, snapshot.HoldCount);
        Assert.Equal(agent, snapshot.AgentId);
        Assert.Equal("****0123", snapshot.CallerNumber);
        Assert.Equal(6, snapshot.Timeline.Length);

        var a = (await floor.Grains.GetGrain<IAgentGrain>(agent).GetSnapshot())!;
        Assert.Equal(AgentState.Available, a.State);
        Assert.Equal(1, a.Today.Calls);
        Assert.Null(a.CurrentCallId);
    }

    [Fact]
    public async Task An_agent_moves_through_every_state_with_time_in_state_read_against_the_clock()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-10);
        var grain = floor.Grains.GetGrain<IAgentGrain>(agent);

        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, queue)]);
        Assert.Equal(AgentState.Available, (await grain.GetSnapshot())!.State);

        await floor.Sink.IngestAsync([Queued(call, queue, t0.AddSeconds(10)), Offered(call, agent, t0.AddSeconds(20))]);
        Assert.Equal(AgentState.Ringing, (await grain.GetSnapshot())!.State);

        await floor.Sink.IngestAsync([Answered(call, agent, t0.AddSeconds(25))]);
        Assert.Equal(AgentState.Talking, (await grain.GetSnapshot())!.State);

        await floor.Sink.IngestAsync([Held(call, t0.AddSeconds(40))]);
        Assert.Equal(AgentState.OnHold, (await grain.GetSnapshot())!.State);

        await floor.Sink.IngestAsync([Resumed(call, t0.AddSeconds(50)), Ended(call, t0.AddSeconds(100)), State(agent, AgentState.WrapUp, t0.AddSeconds(100))]);
        var wrapping = (await grain.GetSnapshot())!;
        Assert.Equal(AgentState.WrapUp, wrapping.State);
        Assert.Equal(600 - 100, wrapping.TimeInStateSeconds);

        await floor.Sink.IngestAsync([State(agent, AgentState.NotReady, t0.AddSeconds(130), "lunch")]);
        var onBreak = (await grain.GetSnapshot())!;
        Assert.Equal(AgentState.NotReady, onBreak.State);
        Assert.Equal("lunch", onBreak.Reason);
        Assert.Equal(1, onBreak.Today.Calls);
        Assert.Equal(15 + 50, onBreak.Today.TalkSeconds);
        Assert.Equal(10, onBreak.Today.HoldSeconds);
        Assert.Equal(30, onBreak.Today.WrapUpSeconds);
        Assert.Equal(600 - 130, onBreak.Today.NotReadySeconds);
        Assert.Equal(600, onBreak.Today.LoggedInSeconds);
        // Occupancy = (talk + hold + wrap-up) / (logged in − not ready) = 105 / 130.
        Assert.Equal(105.0 / 130.0, onBreak.Today.Occupancy!.Value, 9);

        await floor.Sink.IngestAsync([new FloorEvent(Guid.NewGuid().ToString("N"), FloorEventType.AgentLoggedOut, t0.AddSeconds(590), AgentId: agent)]);
        Assert.Equal(AgentState.LoggedOut, (await grain.GetSnapshot())!.State);
    }

    [Fact]
    public async Task A_repeated_event_id_is_a_duplicate_and_changes_nothing()
    {
        var (call, queue) = (Unique("c"), Unique("q"));
        var t0 = floor.Clock.GetUtcNow();
        FloorEvent[] batch = [Queued(call, queue, t0.AddSeconds(-30)), Abandoned(call, t0)];
        var first = await floor.Sink.IngestAsync(batch);
        var again = await floor.Sink.IngestAsync(batch);

        Assert.Equal((2, 0), (first.Accepted, first.Duplicates));
        Assert.Equal((0, 2), (again.Accepted, again.Duplicates));
        var stats = (await floor.Grains.GetGrain<IQueueGrain>(queue).GetSnapshot()).Today;
        Assert.Equal(1, stats.Offered);
        Assert.Equal(1, stats.Abandoned);
    }

    [Fact]
    public async Task A_late_hold_is_placed_in_the_timeline_and_the_figures_recomputed()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-5);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, queue), Queued(call, queue, t0), Answered(call, agent, t0.AddSeconds(10)), Ended(call, t0.AddSeconds(110))]);

        var late = await floor.Sink.IngestAsync([Held(call, t0.AddSeconds(30)), Resumed(call, t0.AddSeconds(70))]);

        Assert.Equal(2, late.Accepted);
        var snapshot = (await floor.Grains.GetGrain<ICallGrain>(call).GetSnapshot())!;
        Assert.Equal(60, snapshot.TalkSeconds);
        Assert.Equal(40, snapshot.HoldSeconds);
        var today = (await floor.Grains.GetGrain<IQueueGrain>(queue).GetSnapshot()).Today;
        Assert.Equal(1, today.Completed);
        Assert.Equal(100, today.TotalHandleSeconds); // talk + hold is still 100: the completion moved, not doubled
    }

    [Fact]
    public async Task A_hold_after_the_call_ended_is_refused_as_out_of_order()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-5);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, queue), Queued(call, queue, t0), Answered(call, agent, t0.AddSeconds(10)), Ended(call, t0.AddSeconds(60))]);

        var result = await floor.Sink.IngestAsync([Held(call, t0.AddSeconds(90))]);

        var refusal = Assert.Single(result.Rejected);
        Assert.Equal("out-of-order", refusal.Reason);
        Assert.Equal(0, (await floor.Grains.GetGrain<ICallGrain>(call).GetSnapshot())!.HoldCount);
    }

    [Fact]
    public async Task An_answer_by_an_agent_already_on_another_call_is_an_invalid_transition()
    {
        var (first, second, agent, queue, team) = (Unique("c"), Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-5);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, queue), Queued(first, queue, t0), Answered(first, agent, t0.AddSeconds(5))]);

        var result = await floor.Sink.IngestAsync([Queued(second, queue, t0.AddSeconds(10)), Answered(second, agent, t0.AddSeconds(20))]);

        var refusal = Assert.Single(result.Rejected);
        Assert.Equal("invalid-transition", refusal.Reason);
        Assert.Equal("agentId", refusal.Field);
        Assert.Equal(CallState.Queued, (await floor.Grains.GetGrain<ICallGrain>(second).GetSnapshot())!.State);
        Assert.Equal(first, (await floor.Grains.GetGrain<IAgentGrain>(agent).GetSnapshot())!.CurrentCallId);
    }

    [Fact]
    public async Task An_offer_in_the_same_batch_as_the_agents_previous_call_ending_lands_whatever_the_grain_order()
    {
        var (first, second, agent, queue, team) = (Unique("c"), Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-5);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, queue), Queued(first, queue, t0), Answered(first, agent, t0.AddSeconds(5))]);

        var result = await floor.Sink.IngestAsync([Ended(first, t0.AddSeconds(60)), Queued(second, queue, t0.AddSeconds(61)), Offered(second, agent, t0.AddSeconds(62))]);

        Assert.Empty(result.Rejected);
        Assert.Equal(second, (await floor.Grains.GetGrain<IAgentGrain>(agent).GetSnapshot())!.CurrentCallId);
    }

    [Fact]
    public async Task A_call_transferred_to_another_queue_waits_there_and_frees_its_agent()
    {
        var (call, agent, q1, q2, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("q"), Unique("t"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-5);
        await floor.Sink.IngestAsync([LoggedIn(agent, team, t0, q1), Queued(call, q1, t0), Answered(call, agent, t0.AddSeconds(5)), TransferredToQueue(call, q2, t0.AddSeconds(65))]);

        var snapshot = (await floor.Grains.GetGrain<ICallGrain>(call).GetSnapshot())!;
        Assert.Equal((CallState.Queued, q2, 1), (snapshot.State, snapshot.QueueId, snapshot.TransferCount));
        Assert.Equal(AgentState.Available, (await floor.Grains.GetGrain<IAgentGrain>(agent).GetSnapshot())!.State);
        Assert.Empty((await floor.Grains.GetGrain<IQueueGrain>(q1).GetSnapshot()).Connected);
        var target = await floor.Grains.GetGrain<IQueueGrain>(q2).GetSnapshot();
        Assert.Equal(call, Assert.Single(target.Waiting).CallId);
        Assert.Equal(1, target.Today.Offered);
    }
}
