using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace ContactCenter.Dashboard.Tests.Live;

/// <summary>
/// Deltas to many screens: one serialised message shared by a scope's readers, and a screen whose
/// socket is full never holds up another; what it missed meanwhile arrives merged, once.
/// </summary>
public sealed class LiveConnectionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_reader_of_a_scope_gets_the_same_serialised_message_and_other_scopes_get_nothing()
    {
        var connections = new LiveConnections();
        var (first, second, elsewhere) = (new Socket(), new Socket(), new Socket());
        connections.Connected("c1", first.Write);
        connections.Connected("c2", second.Write);
        connections.Connected("c3", elsewhere.Write);
        connections.Join("c1", "team:t1");
        connections.Join("c2", "team:t1");
        connections.Join("c3", "team:t2");

        connections.Push(Delta("team:t1", 1, Agent("a1", AgentState.Available)));

        Assert.Same(Assert.Single(first.Written), Assert.Single(second.Written));
        Assert.Empty(elsewhere.Written);
    }

    [Fact]
    public async Task A_screen_whose_socket_is_full_does_not_delay_another_and_gets_what_it_missed_merged_once_it_drains()
    {
        var connections = new LiveConnections();
        var (slow, fast) = (new Socket { Stalled = true }, new Socket());
        connections.Connected("slow", slow.Write);
        connections.Connected("fast", fast.Write);
        connections.Join("slow", "floor");
        connections.Join("fast", "floor");

        connections.Push(Delta("floor", 1, Agent("a1", AgentState.Available)));
        connections.Push(Delta("floor", 2, Agent("a1", AgentState.Talking), Agent("a2", AgentState.Available)));
        connections.Push(Delta("floor", 3, Agent("a1", AgentState.WrapUp)));

        Assert.Equal([1L, 2, 3], fast.Deltas.Select(d => d.Sequence));
        Assert.Equal(1, Assert.Single(slow.Deltas).Sequence);
        Assert.Equal(2, connections.Merged);

        await slow.DrainAsync();

        var merged = slow.Deltas[1];
        Assert.Equal((2L, 3L), (merged.First, merged.Sequence));
        Assert.Equal(
            [("a1", AgentState.WrapUp), ("a2", AgentState.Available)],
            merged.Changes.Select(c => (c.ItemId, c.Agent!.State)).Order());
        Assert.Equal(2, slow.Deltas.Count);
    }

    [Fact]
    public void A_connection_that_left_a_scope_or_closed_receives_nothing_more()
    {
        var connections = new LiveConnections();
        var (left, closed) = (new Socket(), new Socket());
        connections.Connected("left", left.Write);
        connections.Connected("closed", closed.Write);
        connections.Join("left", "summary");
        connections.Join("closed", "summary");

        connections.Leave("left", "summary");
        connections.Disconnected("closed");
        connections.Push(Delta("summary", 1, Agent("a1", AgentState.Available)));

        Assert.Empty(left.Written);
        Assert.Empty(closed.Written);
        Assert.Throws<HubException>(() => connections.Join("closed", "summary"));
    }

    [Fact]
    public async Task Figures_a_slow_screen_missed_arrive_folded_after_the_last_whole_headline_and_apply_to_the_same_figures()
    {
        var connections = new LiveConnections();
        var slow = new Socket { Stalled = true };
        connections.Connected("slow", slow.Write);
        connections.Join("slow", "queue:q1");

        connections.Push(Delta("queue:q1", 1, Patch("""{"today":{"offered":1}}""")));
        connections.Push(Delta("queue:q1", 2, Patch("""{"today":{"offered":2},"staffing":{"available":0}}""")));
        connections.Push(Delta("queue:q1", 3, Patch("""{"today":{"answered":1}}""")));
        await slow.DrainAsync();
        var folded = Assert.Single(slow.Deltas[1].Changes);
        Assert.Equal("""{"today":{"offered":2,"answered":1},"staffing":{"available":0}}""", folded.Figures!.Value.GetRawText());

        slow.Stalled = true;
        connections.Push(Delta("queue:q1", 4, Patch("""{"today":{"offered":3}}""")));
        connections.Push(Delta("queue:q1", 5, Patch("""{"today":{"offered":4}}""")));
        connections.Push(Delta("queue:q1", 6, LiveChange.ForHeadline("q1", Headline(offered: 5))));
        connections.Push(Delta("queue:q1", 7, Patch("""{"staffing":{"available":2}}""")));
        await slow.DrainAsync();

        var merged = slow.Deltas[3];
        Assert.Equal((5L, 7L), (merged.First, merged.Sequence));
        Assert.Equal([LiveChangeKind.Headline, LiveChangeKind.Figures], merged.Changes.Select(c => c.Kind));
        Assert.Equal(5, merged.Changes[0].Headline!.Today.Offered);
        Assert.Equal("""{"staffing":{"available":2}}""", merged.Changes[1].Figures!.Value.GetRawText());
    }

    private static QueueHeadline Headline(int offered)
    {
        var stats = new QueueStats(Now, Now, offered, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);
        return new QueueHeadline("q1", stats, stats, new Staffing(1, 1, 0, 0, 0), 20, 0.8);
    }

    private static LiveChange Patch(string json) =>
        new(LiveChangeKind.Figures, "q1", "q1") { Figures = System.Text.Json.JsonDocument.Parse(json).RootElement.Clone() };

    private static DeltaMessage Delta(string scope, long sequence, params LiveChange[] changes) => new(scope, sequence, Now, changes, sequence);

    private static LiveChange Agent(string id, AgentState state) =>
        LiveChange.ForAgent("t1", id, new AgentRow(id, id, "t1", ["q1"], state, null, Now, null, null, 0));

    /// <summary>A connection's socket: writes complete at once unless stalled, as when the reader stops reading.</summary>
    private sealed class Socket
    {
        private TaskCompletionSource? stall;

        public bool Stalled { get; set; }

        public List<SerializedHubMessage> Written { get; } = [];

        public List<DeltaMessage> Deltas => [.. Written.Select(m => (DeltaMessage)((InvocationMessage)m.Message!).Arguments[0]!)];

        public ValueTask Write(SerializedHubMessage message)
        {
            Written.Add(message);
            if (!Stalled)
            {
                return ValueTask.CompletedTask;
            }

            stall ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return new ValueTask(stall.Task);
        }

        /// <summary>The reader catches up: the stalled write completes, and the next one is not held.</summary>
        public async Task DrainAsync()
        {
            var written = Written.Count;
            var held = stall!;
            stall = null;
            Stalled = false;
            held.SetResult();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Written.Count == written && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }
        }
    }
}
