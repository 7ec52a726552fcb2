using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Routing;
using Orleans.Runtime;
using Xunit.Abstractions;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// A hold begun before the silo holding its call is killed: no event follows, yet the call comes
/// back on another silo and raises LongHold at its threshold (60 s of hold), not at the next event.
/// </summary>
public sealed class TimerRecoveryTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_hold_begun_before_a_kill_raises_long_hold_on_time_after_it()
    {
        await using var floor = await FaultCluster.StartAsync(3, Now);
        var sink = new GrainEventSink(floor.Grains);
        var heldAt = Now.AddSeconds(-50);

        // The call whose silo dies; any silo but the one the test client leans on.
        var (call, silo) = await PlaceCallAsync(floor, sink, heldAt);
        await floor.Cluster.KillSiloAsync(floor.Cluster.GetActiveSilos().Single(s => s.SiloAddress.Equals(silo)));

        // Nothing calls the call grain: only the floor's wake brings it back.
        var back = await Eventually.Get(() => SiloOfAsync(floor, call), at => at is not null && !at.Equals(silo), "the held call to come back on a live silo", deadlineMs: 60_000);
        output.WriteLine($"call {call} moved from {silo} to {back}");

        floor.Clock.Advance(heldAt.AddSeconds(60) - floor.Clock.GetUtcNow() - TimeSpan.FromMilliseconds(100));
        Assert.Null(await ActiveLongHoldAsync(floor, call));

        floor.Clock.Advance(TimeSpan.FromMilliseconds(200));
        var alert = await Eventually.Get(() => ActiveLongHoldAsync(floor, call), a => a is not null, "LongHold at its threshold");
        Assert.Equal(heldAt, alert!.Since);
        Assert.InRange(alert.RaisedAt - heldAt.AddSeconds(60), TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    private static async Task<(string Call, SiloAddress Silo)> PlaceCallAsync(FaultCluster floor, GrainEventSink sink, DateTimeOffset heldAt)
    {
        var primary = floor.Cluster.GetActiveSilos().First().SiloAddress;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var (call, agent) = ($"ch{attempt}", $"ah{attempt}");
            var result = await sink.IngestAsync([LoggedIn(agent, "th1", heldAt.AddMinutes(-5), "qh1"), Queued(call, "qh1", heldAt.AddSeconds(-40)), Answered(call, agent, heldAt.AddSeconds(-30)), Held(call, heldAt)]);
            Assert.Empty(result.Rejected);
            if (await SiloOfAsync(floor, call) is { } silo && !silo.Equals(primary))
            {
                return (call, silo);
            }

            await sink.IngestAsync([Ended(call, heldAt.AddSeconds(1))]);
        }

        throw new InvalidOperationException("no call landed off the primary silo in 30 tries");
    }

    private static async Task<SiloAddress?> SiloOfAsync(FaultCluster floor, string call)
    {
        var statistics = await floor.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.FirstOrDefault(s => s.GrainId.Key.ToString() == call)?.SiloAddress;
    }

    private static async Task<AlertSnapshot?> ActiveLongHoldAsync(FaultCluster floor, string call)
    {
        var latest = await floor.Grains.GetGrain<IAlertGrain>(AlertKeys.GrainKey(AlertRule.LongHold, call)).GetLatest();
        return latest is { IsActive: true } ? latest : null;
    }
}
