using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Queues;
using Orleans.Core.Internal;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>A queue writes which calls are live in it, not their rows: the rows come back from the calls when the queue activates.</summary>
[Collection(FloorCollection.Name)]
public sealed class QueueRowsTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_reactivated_queue_shows_its_waiting_and_connected_calls_as_they_are_and_forgets_one_that_moved()
    {
        var (queue, other, team, agent, second) = (Unique("q"), Unique("q"), Unique("t"), Unique("a"), Unique("a"));
        var (waiting, talking, moved) = (Unique("c"), Unique("c"), Unique("c"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([
            LoggedIn(agent, team, now.AddMinutes(-5), queue), LoggedIn(second, team, now.AddMinutes(-5), queue),
            Queued(waiting, queue, now.AddSeconds(-40)),
            Queued(talking, queue, now.AddSeconds(-90)), Answered(talking, agent, now.AddSeconds(-80)), Held(talking, now.AddSeconds(-10)),
            Queued(moved, queue, now.AddSeconds(-30)), Answered(moved, second, now.AddSeconds(-25)), TransferredToQueue(moved, other, now.AddSeconds(-20)),
        ]);
        var stored = await Stored(queue);
        Assert.Equal(new[] { waiting, talking }.Order(StringComparer.Ordinal), stored.State!.LiveCalls.Order(StringComparer.Ordinal));
        Assert.Null(stored.State.Calls);

        await floor.Grains.GetGrain<IQueueGrain>(queue).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var snapshot = await Eventually.Get(
            () => floor.Grains.GetGrain<IQueueGrain>(queue).GetSnapshot().AsTask(),
            s => s.Waiting.Length + s.Connected.Length == 2,
            "the reactivated queue's calls");

        Assert.Equal((waiting, CallState.Queued, now.AddSeconds(-40)), (snapshot.Waiting.Single().CallId, snapshot.Waiting.Single().State, snapshot.Waiting.Single().WaitingSince));
        Assert.Equal((talking, CallState.OnHold, agent), (snapshot.Connected.Single().CallId, snapshot.Connected.Single().State, snapshot.Connected.Single().AgentId));
        Assert.Equal(40, snapshot.LongestWaitSeconds);
    }

    [Fact]
    public async Task A_queue_stored_with_whole_call_rows_keeps_its_live_calls_and_shows_them_as_the_calls_say()
    {
        var (queue, call) = (Unique("q"), Unique("c"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([Queued(call, queue, now.AddMinutes(-10))]);
        await floor.Grains.GetGrain<IQueueGrain>(queue).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var current = await Stored(queue);
        current.State!.Calls = new Dictionary<string, CallRow>
        {
            [call] = new(call, queue, CallState.Queued, null, CustomerTier.Regular, "stale", now.AddMinutes(-10), null, null, 0, []),
        };
        current.State.LiveCalls = [];
        await floor.StoreAsync("queue", queue, current);

        var snapshot = await Eventually.Get(
            () => floor.Grains.GetGrain<IQueueGrain>(queue).GetSnapshot().AsTask(),
            s => s.WaitingCount == 1,
            "the upgraded queue's waiting call");

        var row = snapshot.Waiting.Single();
        Assert.Equal((call, 600.0), (row.CallId, snapshot.LongestWaitSeconds));
        Assert.NotEqual("stale", row.CallerNumber);
        Assert.Equal([call], (await Stored(queue)).State!.LiveCalls);
    }

    [Fact]
    public async Task The_same_update_again_brings_back_the_row_a_queue_could_not_get_when_it_came_back()
    {
        // After a failover a queue can come back, ask a call that is itself one event behind, and
        // then meet the call's retried update: its counting is in, its row must still land.
        var (queue, call) = (Unique("q"), Unique("c"));
        var now = floor.Clock.GetUtcNow();
        var row = new CallRow(call, queue, CallState.Queued, null, CustomerTier.Regular, "****0123", now.AddSeconds(-5), null, null, 0, []);
        var update = new QueueCallUpdate(call, 1, row, [], []);
        var grain = floor.Grains.GetGrain<IQueueGrain>(queue);
        await grain.Apply(new QueueBatch([update], [], []));
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Eventually.Get(async () => (await grain.GetSnapshot()).WaitingCount, waiting => waiting == 0, "the queue back without the row the call could not give");

        await grain.Apply(new QueueBatch([update], [], []));

        Assert.Equal(call, (await grain.GetSnapshot()).Waiting.Single().CallId);
        Assert.Equal([call], (await Stored(queue)).State!.LiveCalls);
    }

    private Task<GrainState<QueueGrainState>> Stored(string queue) => floor.StoredAsync<QueueGrainState>("queue", queue);
}
