using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Grains.Alerts;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// A morning sent in slices (the simulator's backfill, a replay) tells conditions whose end is in
/// the next slice: they must not raise in between; what is still true at the end raises after the quiet.
/// </summary>
[Collection(FloorCollection.Name)]
public sealed class CatchUpTests(FloorClusterFixture floor)
{
    private DateTimeOffset Now => floor.Clock.GetUtcNow();

    [Fact]
    public async Task Conditions_over_by_the_next_slice_raise_nothing_and_one_still_true_raises_with_its_real_start_after_the_quiet()
    {
        var (over, open, agent, other, queue, team) = (Unique("c"), Unique("c"), Unique("a"), Unique("a"), Unique("q"), Unique("t"));
        var morning = Now.AddHours(-3);
        var heldAt = Now.AddMinutes(-10);

        // Slice 1 ends with a call on hold, an agent in wrap-up and a caller waiting: at the clock's now each would be hours long.
        await floor.Sink.CatchUpAsync([
            LoggedIn(agent, team, morning, queue), LoggedIn(other, team, morning, queue),
            Queued(over, queue, morning.AddMinutes(1)), Answered(over, agent, morning.AddMinutes(1).AddSeconds(10)), Held(over, morning.AddMinutes(2)),
            State(other, AgentState.WrapUp, morning.AddMinutes(2)),
            Queued(open, queue, morning.AddMinutes(3)),
        ]);
        // Slice 2 ends them: the hold after 2 min, the wrap-up after 1 min, the wait after 30 s; the second call is still on hold now.
        await floor.Sink.CatchUpAsync([
            Resumed(over, morning.AddMinutes(4)), Ended(over, morning.AddMinutes(5)),
            State(other, AgentState.Available, morning.AddMinutes(3)),
            Answered(open, other, morning.AddMinutes(3).AddSeconds(30)), Held(open, heldAt),
        ]);

        // Never raised, not even for a moment between the slices.
        await floor.AssertQuiet(AlertRule.LongHold, open);
        Assert.Null(await floor.Latest(AlertRule.LongHold, over));
        Assert.Null(await floor.Latest(AlertRule.LongWrapUp, other));
        Assert.Null(await floor.Latest(AlertRule.QueueWait, queue));

        floor.Clock.Advance(CatchUp.Quiet);
        var stillHeld = await floor.WaitFor(AlertRule.LongHold, open, a => a.IsActive, "the hold still open after the catch-up, once it was quiet");
        Assert.Equal(AlertSeverity.Critical, stillHeld.Severity);
        Assert.Equal(heldAt, stillHeld.Since);
        Assert.Null(await floor.Latest(AlertRule.LongHold, over));
        Assert.Null(await floor.Latest(AlertRule.LongWrapUp, other));
        Assert.Null(await floor.Latest(AlertRule.QueueWait, queue));
    }

    [Fact]
    public async Task An_agent_still_on_a_break_after_the_catch_up_raises_once_it_is_quiet_and_a_hand_raised_meanwhile_at_once()
    {
        var (onBreak, helpNeeded, team, queue) = (Unique("a"), Unique("a"), Unique("t"), Unique("q"));
        var breakStart = Now.AddMinutes(-40);
        await floor.Sink.CatchUpAsync([
            LoggedIn(onBreak, team, Now.AddHours(-2), queue), State(onBreak, AgentState.NotReady, breakStart, "personal"),
            LoggedIn(helpNeeded, team, Now.AddHours(-2), queue),
        ]);
        await floor.AssertQuiet(AlertRule.LongNotReady, onBreak);

        // A hand raised on the agent's own screen is now: it needs no quiet.
        await floor.Grains.GetGrain<Contracts.Grains.IAgentGrain>(helpNeeded).RaiseHand("caller is shouting", null, helpNeeded);
        await floor.WaitFor(AlertRule.AssistanceRequested, helpNeeded, a => a.IsActive, "the hand, at once");
        await floor.AssertQuiet(AlertRule.LongNotReady, onBreak);

        floor.Clock.Advance(CatchUp.Quiet);
        var late = await floor.WaitFor(AlertRule.LongNotReady, onBreak, a => a.IsActive, "the break still running, once the catch-up was over");
        Assert.Equal(breakStart, late.Since);
    }

    [Fact]
    public async Task A_live_batch_with_past_events_raises_at_once_as_before()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        await floor.Sink.IngestAsync([LoggedIn(agent, team, Now.AddHours(-1), queue), Queued(call, queue, Now.AddMinutes(-20)), Answered(call, agent, Now.AddMinutes(-19)), Held(call, Now.AddMinutes(-5))]);

        var alert = await floor.WaitFor(AlertRule.LongHold, call, a => a.IsActive, "LongHold from a connector reporting a hold begun 5 min ago");
        Assert.Equal(Now, alert.RaisedAt);
    }
}
