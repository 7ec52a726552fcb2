using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using Orleans.Core.Internal;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>Grain timers die with an activation: state is flushed on deactivation, and the next activation re-arms from timestamps.</summary>
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
