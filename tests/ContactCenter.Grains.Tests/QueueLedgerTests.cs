using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Queues;
using ContactCenter.Testing;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// A queue keeps the last numbered update of each call so a retried event counts once; an
/// archived call can never send again, so its entry goes at once instead of after the hour.
/// </summary>
[Collection(FloorCollection.Name)]
public sealed class QueueLedgerTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task An_archived_call_leaves_its_queues_ledger_and_the_same_events_posted_again_still_count_once()
    {
        var (ended, live, agent, queue) = (Unique("c"), Unique("c"), Unique("a"), Unique("q"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-10);
        var events = new[]
        {
            LoggedIn(agent, Unique("t"), t0, queue),
            Queued(ended, queue, t0.AddSeconds(10)),
            Offered(ended, agent, t0.AddSeconds(20)),
            Answered(ended, agent, t0.AddSeconds(22)),
            Ended(ended, t0.AddSeconds(200)),
            Queued(live, queue, t0.AddSeconds(300)),
        };
        Assert.Equal(6, (await floor.Sink.IngestAsync(events)).Accepted);

        // The queue hears "done" after the archive, without the event waiting for it, and lets the
        // entry go once a late delivery could no longer land.
        var doneBy = floor.Clock.GetUtcNow() + UpdateLedger.DoneGrace;
        await Eventually.Get(() => StoredLedgerAsync(queue), l => l.Count == 2 && l.ExpiresAt(ended) <= doneBy, "the ended call's entry marked done");
        floor.Clock.Advance(UpdateLedger.DoneGrace + TimeSpan.FromSeconds(1));
        await floor.Sink.IngestAsync([Queued(Unique("c"), queue, floor.Clock.GetUtcNow())]);
        var ledger = await Eventually.Get(() => StoredLedgerAsync(queue), l => l.Count == 2, "the ended call's ledger entry gone, the new call's in");
        Assert.Equal(2, ledger.Count);

        var again = await floor.Sink.IngestAsync(events);
        Assert.Equal(6, again.Duplicates);
        var today = (await floor.Grains.GetGrain<IQueueGrain>(queue).GetSnapshot()).Today;
        Assert.Equal((3, 1, 1), (today.Offered, today.Answered, today.Completed));
    }

    [Fact]
    public async Task The_same_events_queued_behind_the_request_that_archived_the_call_are_duplicates_not_a_second_call()
    {
        // The sink applies a batch again when the first answer is late: the second request can
        // wait in the very activation that archived the call and cleared its storage.
        var (call, queue) = (Unique("c"), Unique("q"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-5);
        FloorEvent[] events = [Queued(call, queue, t0), Abandoned(call, t0.AddSeconds(40))];
        var grain = floor.Grains.GetGrain<ICallGrain>(call);

        var answers = await Task.WhenAll(grain.Apply(events).AsTask(), grain.Apply(events).AsTask());

        Assert.Equal(
            [EventVerdictKind.Accepted, EventVerdictKind.Accepted, EventVerdictKind.Duplicate, EventVerdictKind.Duplicate],
            answers.SelectMany(a => a).Select(v => v.Kind).Order());
        var today = (await floor.Grains.GetGrain<IQueueGrain>(queue).GetSnapshot()).Today;
        Assert.Equal((1, 1), (today.Offered, today.Abandoned));
    }

    private async Task<UpdateLedger> StoredLedgerAsync(string queue) =>
        (await floor.StoredAsync<QueueGrainState>("queue", queue)).State?.CallLedger ?? new UpdateLedger();
}
