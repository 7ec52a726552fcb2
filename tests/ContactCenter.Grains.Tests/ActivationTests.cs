using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using Orleans.Core.Internal;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>State is flushed on deactivation, and the next activation judges its rules again from the stored timestamps.</summary>
[Collection(FloorCollection.Name)]
public sealed class ActivationTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_call_on_hold_keeps_its_state_across_deactivation_and_its_alert_is_judged_again_on_activation()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([LoggedIn(agent, team, now.AddMinutes(-5), queue), Queued(call, queue, now.AddSeconds(-100)), Answered(call, agent, now.AddSeconds(-90)), Held(call, now.AddSeconds(-30))]);

        await floor.Grains.GetGrain<ICallGrain>(call).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await floor.Grains.GetGrain<IAlertGrain>($"{AlertRule.LongHold}:{call}").Cast<IGrainManagementExtension>().DeactivateOnIdle();
        floor.Clock.Advance(TimeSpan.FromSeconds(45));

        var snapshot = await Eventually.Get(
            () => floor.Grains.GetGrain<ICallGrain>(call).GetSnapshot().AsTask(),
            s => s is not null,
            "the call after reactivation");
        Assert.Equal((CallState.OnHold, 1, 75.0), (snapshot!.State, snapshot.HoldCount, snapshot.CurrentHoldSeconds));
        var alert = await floor.WaitFor(AlertRule.LongHold, call, a => a.IsActive, "LongHold judged on reactivation");
        Assert.Equal(now.AddSeconds(-30), alert.Since);
    }
}

/// <summary>A finished call frees its activation at once (again, if a late flush request wakes it); what it was is still there to read.</summary>
[Collection(FloorCollection.Name)]
public sealed class FinishedCallTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task An_ended_call_deactivates_and_its_snapshot_comes_back_from_storage()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([LoggedIn(agent, team, now.AddMinutes(-5), queue), Queued(call, queue, now.AddSeconds(-100)), Answered(call, agent, now.AddSeconds(-90))]);
        Assert.True(await IsActive(call));

        await floor.Sink.IngestAsync([Ended(call, now.AddSeconds(-10))]);

        await Eventually.Get(() => IsActive(call), active => !active, "the ended call's activation to be freed");
        var snapshot = await floor.Grains.GetGrain<ICallGrain>(call).GetSnapshot();
        Assert.Equal((CallState.Ended, now.AddSeconds(-10)), (snapshot!.State, snapshot.EndedAt));
    }

    private async Task<bool> IsActive(string call)
    {
        var statistics = await floor.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.Any(s => s.GrainId.Key.ToString() == call);
    }
}

/// <summary>
/// Orleans collects an activation idle for its collection age (15 minutes) whatever timers it has
/// armed: a threshold further away than that (lunch warns at an hour) is reached only because the
/// silo's rule schedule, not the activation, holds the wait and activates the subject for it.
/// </summary>
[Collection(FloorCollection.Name)]
public sealed class CollectedSubjectTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task An_agent_at_lunch_whose_activation_went_is_woken_for_its_LongNotReady_an_hour_on()
    {
        var (agent, team, queue) = (Unique("a"), Unique("t"), Unique("q"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([LoggedIn(agent, team, now.AddHours(-2), queue), State(agent, AgentState.NotReady, now, "lunch")]);

        Assert.True(await IsActive(floor, agent));
        await floor.Grains.GetGrain<IAgentGrain>(agent).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Eventually.Get(() => IsActive(floor, agent), active => !active, "the agent's activation to go");
        floor.Clock.Advance(TimeSpan.FromHours(1));

        var alert = await floor.WaitFor(AlertRule.LongNotReady, agent, a => a.IsActive, "LongNotReady an hour into lunch, the agent not active");
        Assert.Equal((AlertSeverity.Warning, now), (alert.Severity, alert.Since));
    }

    [Fact]
    public async Task A_call_on_hold_whose_activation_went_is_woken_for_its_LongHold()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([LoggedIn(agent, team, now.AddMinutes(-5), queue), Queued(call, queue, now.AddSeconds(-100)), Answered(call, agent, now.AddSeconds(-90)), Held(call, now)]);

        Assert.True(await IsActive(floor, call));
        await floor.Grains.GetGrain<ICallGrain>(call).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Eventually.Get(() => IsActive(floor, call), active => !active, "the call's activation to go");
        floor.Clock.Advance(TimeSpan.FromSeconds(60));

        var alert = await floor.WaitFor(AlertRule.LongHold, call, a => a.IsActive, "LongHold at 60 s, the call not active");
        Assert.Equal(now, alert.Since);
    }

    internal static async Task<bool> IsActive(FloorClusterFixture floor, string key)
    {
        var statistics = await floor.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.Any(s => s.GrainId.Key.ToString() == key);
    }
}
