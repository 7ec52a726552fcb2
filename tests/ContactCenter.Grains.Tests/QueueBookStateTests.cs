using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Time;
using ContactCenter.Grains.History;
using ContactCenter.Grains.Queues;
using ContactCenter.Testing;
using Orleans.Core.Internal;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// A queue's batch write carries only the intervals the history store lacks; the whole book is
/// written apart when the store takes them. Reactivated, from either or from a state stored
/// before the book had a state of its own, it shows every interval it counted.
/// </summary>
[Collection(FloorCollection.Name)]
public sealed class QueueBookStateTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task Saved_intervals_leave_the_batch_write_and_come_back_with_the_queue()
    {
        var queue = Unique("q");
        // Each call queued and abandoned within one interval: four intervals, then the first again.
        var now = floor.StartOfNextInterval();
        var starts = Enumerable.Range(0, 4).Select(i => now.AddMinutes(-10 - (45 * i))).ToArray();
        await floor.Sink.IngestAsync([.. starts.SelectMany(at => Abandon(queue, at))]);
        var grain = floor.Grains.GetGrain<IQueueGrain>(queue);
        var (from, to) = (now.AddHours(-4), now.AddHours(1));
        var counted = (await grain.GetStats(from, to)).Totals;
        Assert.Equal((4, 4), (counted.Offered, counted.Abandoned));

        await grain.AsReference<IHistoryFlushGrain>().FlushHistory();

        Assert.Equal(0, (await floor.StoredAsync<QueueGrainState>("queue", queue)).State!.Figures.IntervalCount);
        Assert.Equal(4, (await floor.StoredAsync<QueueFigureBook>("queue", "queue-book", queue)).State!.IntervalCount);

        await floor.Sink.IngestAsync(Abandon(queue, now.AddSeconds(-50)));
        Assert.Equal(1, (await floor.StoredAsync<QueueGrainState>("queue", queue)).State!.Figures.IntervalCount);
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var again = await Eventually.Get(() => grain.GetStats(from, to).AsTask(), r => r.Totals.Offered == 5, "the reactivated queue's five calls");
        Assert.Equal((5, 5), (again.Totals.Offered, again.Totals.Abandoned));
        Assert.Equal((await floor.History.IntervalsAsync(queue, from, to)).Count, again.Intervals.Length);
    }

    [Fact]
    public async Task A_queue_stored_with_its_whole_book_keeps_every_interval_through_its_next_batch_and_a_reactivation()
    {
        var queue = Unique("q");
        var now = floor.StartOfNextInterval();
        var book = new QueueFigureBook();
        book.TrackUnsaved();
        foreach (var at in Enumerable.Range(1, 3).Select(i => now.AddHours(-i)))
        {
            book.Apply(new(Contracts.Floor.QueueContributionKind.Offered, at, 0), 1, new QueueSettings(), SiteCalendar.Utc);
        }

        book.Saved(book.Unsaved().Select(pair => pair.Key));
        await floor.StoreAsync("queue", queue, new GrainState<EarlierQueueState>(new EarlierQueueState { Figures = book, Registered = true }));
        var grain = floor.Grains.GetGrain<IQueueGrain>(queue);
        var (from, to) = (now.AddHours(-4), now.AddHours(1));

        await floor.Sink.IngestAsync(Abandon(queue, now.AddSeconds(-50)));
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var again = await Eventually.Get(() => grain.GetStats(from, to).AsTask(), r => r.Totals.Offered == 4, "the three stored intervals and the new call");
        Assert.Equal(4, again.Intervals.Length);
    }

    private static Contracts.Events.FloorEvent[] Abandon(string queue, DateTimeOffset at)
    {
        var call = Unique("c");
        return [Queued(call, queue, at), Abandoned(call, at.AddSeconds(40))];
    }
}

/// <summary>The queue's state as releases before the book state declared the fields this test needs, word for word.</summary>
[GenerateSerializer]
public sealed class EarlierQueueState
{
    [Id(0)] public QueueFigureBook Figures { get; set; } = new();

    [Id(5)] public bool Registered { get; set; }
}
