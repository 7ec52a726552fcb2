using ContactCenter.Contracts.Grains;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// A connector's lease: one holder at a time, renewed by it, taken over when released or run out;
/// the checkpoint moves only under the lease. Leases are on the wall clock (process liveness), so
/// the run-out case waits for it with a deadline.
/// </summary>
[Collection(FloorCollection.Name)]
public sealed class ConnectorLeaseTests(FloorClusterFixture floor)
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task One_holder_at_a_time_and_only_the_holder_moves_the_checkpoint()
    {
        var lease = floor.Grains.GetGrain<IConnectorLeaseGrain>(Testing.Events.Unique("tail"));

        var first = await lease.Acquire("front-end-a", Long);
        var second = await lease.Acquire("front-end-b", Long);
        var renewed = await lease.Acquire("front-end-a", Long);

        Assert.Equal((true, "front-end-a", 1L), (first.Held, first.Holder, first.Term));
        Assert.Equal((false, "front-end-a", 1L), (second.Held, second.Holder, second.Term));
        Assert.Equal((true, 1L), (renewed.Held, renewed.Term));
        Assert.True(await lease.SaveCheckpoint("front-end-a", "1:2:300:4"));
        Assert.False(await lease.SaveCheckpoint("front-end-b", "1:2:0:0"));
        Assert.Equal("1:2:300:4", await lease.Checkpoint());
    }

    [Fact]
    public async Task A_released_lease_is_taken_at_once_and_the_old_holder_can_no_longer_save()
    {
        var lease = floor.Grains.GetGrain<IConnectorLeaseGrain>(Testing.Events.Unique("ami"));
        await lease.Acquire("front-end-a", Long);

        await lease.Release("front-end-a");
        var taken = await lease.Acquire("front-end-b", Long);

        Assert.Equal((true, "front-end-b", 2L), (taken.Held, taken.Holder, taken.Term));
        Assert.False(await lease.SaveCheckpoint("front-end-a", "9:9:9:9"));
        Assert.Null(await lease.Checkpoint());
    }

    [Fact]
    public async Task A_holder_that_stops_renewing_loses_the_lease_when_it_runs_out()
    {
        var lease = floor.Grains.GetGrain<IConnectorLeaseGrain>(Testing.Events.Unique("tail"));
        await lease.Acquire("dead-front-end", TimeSpan.FromMilliseconds(300));
        Assert.False((await lease.Acquire("front-end-b", Long)).Held);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        ConnectorLease taken;
        while (!(taken = await lease.Acquire("front-end-b", Long)).Held)
        {
            Assert.True(DateTime.UtcNow < deadline, "the lease of a holder that stopped renewing never ran out");
            await Task.Delay(50);
        }

        Assert.Equal(("front-end-b", 2L), (taken.Holder, taken.Term));
        Assert.False(await lease.SaveCheckpoint("dead-front-end", "1:1:1:1"));
    }

    [Fact]
    public async Task A_lease_longer_than_five_minutes_is_refused()
    {
        var lease = floor.Grains.GetGrain<IConnectorLeaseGrain>(Testing.Events.Unique("tail"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => lease.Acquire("front-end-a", TimeSpan.FromHours(1)));
    }
}
