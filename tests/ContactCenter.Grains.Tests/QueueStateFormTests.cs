using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Time;
using ContactCenter.Grains.Queues;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// A queue writes its state with every batch, so it writes its ledgers compactly and of its
/// intervals only those the history store lacks; a state stored before still reads, entry for
/// entry, nothing a ledger decides changes across a write, and the release before does not fail
/// on what this one writes.
/// </summary>
public sealed class QueueStateFormTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Written by the version before the compact form (commit 1b25536): calls c-live (3, at 10:00:00)
    /// and c-done (7, marked done at 10:00:40), agent a-1 (12, at 10:00:50), late day a-1/2026-11-30
    /// (2, at 10:00:55), a-1 talking, c-live live.
    /// </summary>
    private const string WrittenBefore =
        "ICAg4CGAAAAAAAAAAACBAAAAAAAAAADgIeABAeDBAcEBIeACAyEgMAExLNQuHVN0cmluZ0NvbXBhcmVyAAMBAeABBUENYy1saXZlIAANIYAAkJzckU/fCIEAAAAAAAAAAODo4EANYy1kb25lIAAdIYAACoBFik/fCIEAAAAAAAAAAODo4OAhgACQnNyRT98IgQAAAAAAAAAA4OAhIDgDAAMBAeABA0EHYS0xIAAxIYAA9Wn6kU/fCIEAAAAAAAAAAODo4OAhgAD1afqRT98IgQAAAAAAAAAA4OAhOAMAAwEB4AEDwVEIAw3gISA4AwADAQHgAQNBHWEtMS8yMDI2LTExLTMwIAAJIYCA5WT9kU/fCIEAAAAAAAAAAODo4OAhgIDlZP2RT98IgQAAAAAAAAAA4OAhAQPBJ+Dg";

    /// <summary>This release's types and the earlier shapes declared below.</summary>
    private readonly Serializer serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(QueueGrainState).Assembly).AddAssembly(typeof(EarlierQueueLedgers).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void A_queue_state_written_before_the_compact_ledgers_reads_every_entry()
    {
        var state = serializer.Deserialize<QueueGrainState>(Convert.FromBase64String(WrittenBefore))!;

        AssertScenario(state);
    }

    [Fact]
    public void Ledgers_read_back_exactly_as_written_and_admit_the_same_updates()
    {
        var state = serializer.Deserialize<QueueGrainState>(serializer.SerializeToArray(serializer.Deserialize<QueueGrainState>(Convert.FromBase64String(WrittenBefore))!))!;

        AssertScenario(state);
        var later = At.AddMinutes(2);
        Assert.False(state.CallLedger.Admit("c-live", 3, later));
        Assert.True(state.CallLedger.Admit("c-live", 4, later));
        Assert.False(state.AgentLedger.Admit("a-1", 12, later));
    }

    [Fact]
    public void Entries_keep_their_time_to_the_tick_and_go_after_the_window_as_before()
    {
        var state = new QueueGrainState();
        var odd = At.AddTicks(1_234_567);
        state.CallLedger.Admit("c-1", long.MaxValue - 1, odd);
        state.CallLedger.Admit("c-2", 0, odd.AddHours(-0.5));

        var read = serializer.Deserialize<QueueGrainState>(serializer.SerializeToArray(state))!;

        Assert.Equal(odd + UpdateLedger.Window, read.CallLedger.ExpiresAt("c-1"));
        Assert.Equal(odd.AddHours(-0.5) + UpdateLedger.Window, read.CallLedger.ExpiresAt("c-2"));
        Assert.True(read.CallLedger.IsLast("c-1", long.MaxValue - 1));
        read.CallLedger.Admit("c-3", 1, odd.AddHours(0.6));
        Assert.Null(read.CallLedger.ExpiresAt("c-2"));
        Assert.Equal(2, read.CallLedger.Count);
    }

    [Fact]
    public void A_busy_queues_call_ledger_costs_little_more_than_its_ids()
    {
        var state = new QueueGrainState();
        var ids = Enumerable.Range(0, 100).Select(i => $"sim-7-20261201T100000-c{100_000 + i}").ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            state.CallLedger.Admit(ids[i], 1_000 + i, At.AddSeconds(i * 3.7));
        }

        var written = serializer.SerializeToArray(state).Length - serializer.SerializeToArray(new QueueGrainState()).Length;

        // Each entry: its id with a length byte, its number and its time (a few bytes each).
        Assert.InRange(written, ids.Sum(id => id.Length + 1), ids.Sum(id => id.Length + 1) + (ids.Length * 10));
    }

    [Fact]
    public void The_release_before_reads_each_ledger_this_one_writes_as_an_empty_ledger_of_its_own()
    {
        var state = new QueueGrainState();
        state.CallLedger.Admit("c-1", 1, At);
        state.AgentLedger.Admit("a-1", 1, At);
        var read = serializer.Deserialize<EarlierQueueLedgers>(serializer.SerializeToArray(state))!;

        Dictionary<string, UpdateLedger.Applied>[] ledgers = [read.CallLedger!.Last!, read.AgentLedger!.Last!, read.LateDayLedger!.Last!];
        Assert.All(ledgers, ledger => Assert.Empty(ledger));
        Assert.Equal(3, ledgers.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void A_batch_write_holds_only_the_intervals_the_history_store_lacks_however_long_the_day()
    {
        var (settled, counted) = (Book(160), Book(160));
        var now = At.AddHours(7);
        Count(counted, now);

        var writtenSettled = serializer.SerializeToArray(new QueueGrainState { Figures = settled }).Length;
        var written = serializer.SerializeToArray(new QueueGrainState { Figures = counted });
        var read = serializer.Deserialize<QueueGrainState>(written)!;

        // Two days of intervals whole would be about 16 KB: what is written is the one counted into.
        Assert.True(written.Length < writtenSettled + 200, $"{written.Length} bytes written");
        Assert.Equal(1, read.Figures.IntervalCount);
        read.Figures.Underlay(settled);
        Assert.Equal(161, read.Figures.IntervalCount);
        Assert.Equal(counted.Stats(now.AddDays(-3), now.AddHours(1)), read.Figures.Stats(now.AddDays(-3), now.AddHours(1)));
        Assert.Equal(1, read.Figures.Stats(now, now.AddMinutes(15)).Offered - settled.Stats(now, now.AddMinutes(15)).Offered);
    }

    /// <summary>A book of <paramref name="intervals"/> busy intervals back from <see cref="At"/>, every one saved to the history store.</summary>
    private static QueueFigureBook Book(int intervals)
    {
        var book = new QueueFigureBook();
        book.TrackUnsaved();
        for (var i = 0; i < intervals; i++)
        {
            for (var k = 0; k < 8; k++)
            {
                Count(book, At.AddMinutes(-15 * i).AddSeconds(k));
            }
        }

        book.Saved(book.Unsaved().Select(pair => pair.Key));
        return book;
    }

    private static void Count(QueueFigureBook book, DateTimeOffset at)
    {
        var settings = new QueueSettings();
        book.Apply(new QueueContribution(QueueContributionKind.Offered, at, 0), 1, settings, SiteCalendar.Utc);
        book.Apply(new QueueContribution(QueueContributionKind.Answered, at, 12), 1, settings, SiteCalendar.Utc);
        book.Apply(new QueueContribution(QueueContributionKind.Handled, at, 250), 1, settings, SiteCalendar.Utc);
    }

    private static void AssertScenario(QueueGrainState state)
    {
        Assert.Equal(2, state.CallLedger.Count);
        Assert.Equal(At + UpdateLedger.Window, state.CallLedger.ExpiresAt("c-live"));
        Assert.Equal(At.AddSeconds(40) + UpdateLedger.DoneGrace, state.CallLedger.ExpiresAt("c-done"));
        Assert.True(state.CallLedger.IsLast("c-done", 7));
        Assert.Equal(At.AddSeconds(50) + UpdateLedger.Window, state.AgentLedger.ExpiresAt("a-1"));
        Assert.True(state.LateDayLedger.IsLast("a-1/2026-11-30", 2));
        Assert.Equal(At.AddSeconds(55) + UpdateLedger.Window, state.LateDayLedger.ExpiresAt("a-1/2026-11-30"));
        Assert.Equal(AgentState.Talking, state.AgentStates["a-1"]);
        Assert.Equal(["c-live"], state.LiveCalls);
        Assert.True(state.Registered);
    }
}

/// <summary>The queue state's ledgers as the release before declared them.</summary>
[GenerateSerializer]
public sealed class EarlierQueueLedgers
{
    [Id(6)] public EarlierUpdateLedger? CallLedger { get; set; }

    [Id(7)] public EarlierUpdateLedger? AgentLedger { get; set; }

    [Id(9)] public EarlierUpdateLedger? LateDayLedger { get; set; }
}

/// <summary>The update ledger as the release before declared it, word for word.</summary>
[GenerateSerializer]
public sealed class EarlierUpdateLedger
{
    [Id(0)] public Dictionary<string, UpdateLedger.Applied>? Last { get; set; }

    [Id(1)] public DateTimeOffset PrunedAt { get; set; }
}
