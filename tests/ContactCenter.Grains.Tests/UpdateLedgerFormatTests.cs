using ContactCenter.Contracts.Floor;
using ContactCenter.Grains.Queues;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// A queue writes its ledgers with every batch, so they are written compactly; a state stored
/// before that still reads, entry for entry, and nothing a ledger decides changes across a write.
/// </summary>
public sealed class UpdateLedgerFormatTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Written by the version before the compact form (commit 1b25536): calls c-live (3, at 10:00:00)
    /// and c-done (7, marked done at 10:00:40), agent a-1 (12, at 10:00:50), late day a-1/2026-11-30
    /// (2, at 10:00:55), a-1 talking, c-live live.
    /// </summary>
    private const string WrittenBefore =
        "ICAg4CGAAAAAAAAAAACBAAAAAAAAAADgIeABAeDBAcEBIeACAyEgMAExLNQuHVN0cmluZ0NvbXBhcmVyAAMBAeABBUENYy1saXZlIAANIYAAkJzckU/fCIEAAAAAAAAAAODo4EANYy1kb25lIAAdIYAACoBFik/fCIEAAAAAAAAAAODo4OAhgACQnNyRT98IgQAAAAAAAAAA4OAhIDgDAAMBAeABA0EHYS0xIAAxIYAA9Wn6kU/fCIEAAAAAAAAAAODo4OAhgAD1afqRT98IgQAAAAAAAAAA4OAhOAMAAwEB4AEDwVEIAw3gISA4AwADAQHgAQNBHWEtMS8yMDI2LTExLTMwIAAJIYCA5WT9kU/fCIEAAAAAAAAAAODo4OAhgIDlZP2RT98IgQAAAAAAAAAA4OAhAQPBJ+Dg";

    private readonly Serializer<QueueGrainState> serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(QueueGrainState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer<QueueGrainState>>();

    [Fact]
    public void A_queue_state_written_before_the_compact_ledgers_reads_every_entry()
    {
        var state = serializer.Deserialize(Convert.FromBase64String(WrittenBefore))!;

        AssertScenario(state);
    }

    [Fact]
    public void Ledgers_read_back_exactly_as_written_and_admit_the_same_updates()
    {
        var state = serializer.Deserialize(serializer.SerializeToArray(serializer.Deserialize(Convert.FromBase64String(WrittenBefore))!))!;

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

        var read = serializer.Deserialize(serializer.SerializeToArray(state))!;

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
