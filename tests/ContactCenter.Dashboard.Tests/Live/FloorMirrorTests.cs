using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;
using ContactCenter.Dashboard.Live;
using System.Text.Json;

namespace ContactCenter.Dashboard.Tests.Live;

/// <summary>The screens' view is sorted from the whole floor: built at a flush only when a screen listens, otherwise on first read.</summary>
public sealed class FloorMirrorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void With_no_screen_listening_a_flush_numbers_the_deltas_and_the_view_is_built_when_read()
    {
        var mirror = new FloorMirror();
        mirror.Apply([LiveChange.ForAgent("t1", "a2", Row("a2")), LiveChange.ForAgent("t1", "a1", Row("a1"))]);

        var deltas = mirror.Flush(Now);

        var delta = Assert.Single(deltas, d => d.Scope == "team:t1");
        Assert.Equal(1, delta.Sequence);
        Assert.Equal(["a1", "a2"], mirror.Current.Agents.Select(a => a.AgentId));
        Assert.Equal(Now, mirror.Current.AsOf);
    }

    [Fact]
    public void A_listening_screen_gets_the_new_view_at_each_flush()
    {
        var mirror = new FloorMirror();
        LiveView? seen = null;
        mirror.Changed += v => seen = v;
        mirror.Apply([LiveChange.ForAgent("t1", "a1", Row("a1"))]);

        mirror.Flush(Now);

        Assert.NotNull(seen);
        Assert.Same(seen, mirror.Current);
        Assert.Equal("a1", Assert.Single(seen.Agents).AgentId);
    }

    [Fact]
    public void An_agent_scope_hears_its_own_row_and_its_calls_and_the_agent_a_call_left_hears_it_go()
    {
        var mirror = new FloorMirror();
        mirror.Apply([LiveChange.ForAgent("t1", "a1", Row("a1")), LiveChange.ForAgent("t1", "a2", Row("a2")), LiveChange.ForCall("q1", "c1", Call("c1", "a1"))]);
        var first = mirror.Flush(Now);

        var a1 = Assert.Single(first, d => d.Scope == "agent:a1");
        Assert.Equal(["Agent/t1/a1", "Call/q1/c1"], a1.Changes.Select(c => c.Key).Order());
        Assert.Equal(["Agent/t1/a2"], Assert.Single(first, d => d.Scope == "agent:a2").Changes.Select(c => c.Key));

        // The call moves to a2: both agents hear it, a1 that it is no longer theirs.
        mirror.Apply([LiveChange.ForCall("q1", "c1", Call("c1", "a2"))]);
        var second = mirror.Flush(Now);
        Assert.Equal(2, Assert.Single(second, d => d.Scope == "agent:a1").Sequence);
        Assert.Single(second, d => d.Scope == "agent:a2");

        var snapshot = mirror.Snapshot("agent:a2");
        Assert.Equal((2L, "a2", "c1"), (snapshot.Sequence, Assert.Single(snapshot.View.Agents).AgentId, Assert.Single(snapshot.View.Calls).CallId));
        Assert.Empty(mirror.Snapshot("agent:a1").View.Calls);
        Assert.Empty(snapshot.View.Queues);
    }

    [Fact]
    public void The_summary_hears_waiting_callers_and_their_answer_as_a_removal_but_no_agents_or_connected_calls()
    {
        var mirror = new FloorMirror();
        var waiting = Call("c1", "a1") with { State = CallState.Queued, AgentId = null, AnsweredAt = null };
        mirror.Apply([LiveChange.ForAgent("t1", "a1", Row("a1")), LiveChange.ForCall("q1", "c1", waiting), LiveChange.ForCall("q1", "c2", Call("c2", "a1"))]);

        var first = Assert.Single(mirror.Flush(Now), d => d.Scope == "summary");
        Assert.Equal(["Call/q1/c1"], first.Changes.Select(c => c.Key));
        Assert.Equal(["c1"], mirror.Snapshot("summary").View.Calls.Select(c => c.CallId));
        Assert.Empty(mirror.Snapshot("summary").View.Agents);

        // c1 is answered (it leaves the summary); c2, connected, is put on hold (the summary never had it).
        mirror.Apply([LiveChange.ForCall("q1", "c1", Call("c1", "a1")), LiveChange.ForCall("q1", "c2", Call("c2", "a1") with { State = CallState.OnHold })]);
        var second = Assert.Single(mirror.Flush(Now), d => d.Scope == "summary");
        var answered = Assert.Single(second.Changes);
        Assert.Equal(("Call/q1/c1", null), (answered.Key, answered.Call));
        Assert.Empty(mirror.Snapshot("summary").View.Calls);
        Assert.Equal(2, second.Sequence);
    }

    [Fact]
    public void A_scope_not_due_keeps_coalescing_and_is_sent_numbered_on_at_its_next_turn_even_with_nothing_new()
    {
        var mirror = new FloorMirror();
        var notFloor = (string scope) => scope != "floor";
        mirror.Apply([LiveChange.ForAgent("t1", "a1", Row("a1"))]);
        var first = mirror.Flush(Now, notFloor);
        mirror.Apply([LiveChange.ForAgent("t1", "a1", Row("a1") with { State = AgentState.NotReady })]);
        var second = mirror.Flush(Now, notFloor);

        Assert.DoesNotContain(first.Concat(second), d => d.Scope == "floor");
        Assert.Equal(2, Assert.Single(second, d => d.Scope == "team:t1").Sequence);

        var floor = Assert.Single(mirror.Flush(Now));
        Assert.Equal(("floor", 1L, AgentState.NotReady), (floor.Scope, floor.Sequence, Assert.Single(floor.Changes).Agent!.State));
        Assert.Empty(mirror.Flush(Now));
    }

    [Fact]
    public void A_paced_scope_sends_a_queues_figures_at_most_once_per_pace_and_its_other_changes_at_once()
    {
        var mirror = new FloorMirror();
        var summaryPaced = (string scope) => scope == "summary";
        var waiting = Call("c1", "a1") with { State = CallState.Queued, AgentId = null, AnsweredAt = null };
        mirror.Apply([Figures("q1", offered: 1)]);
        var first = Assert.Single(mirror.Flush(Now, pace: new FiguresPace(1, 12, summaryPaced)), d => d.Scope == "summary");
        Assert.Equal(1, Assert.Single(first.Changes).Headline!.Today.Offered);

        // Within the pace: the waiting caller goes at once, the figures wait; the queue's own scope is not paced.
        mirror.Apply([Figures("q1", offered: 2), LiveChange.ForCall("q1", "c1", waiting)]);
        var second = mirror.Flush(Now, pace: new FiguresPace(2, 12, summaryPaced));
        Assert.Equal(["Call/q1/c1"], Assert.Single(second, d => d.Scope == "summary").Changes.Select(c => c.Key));
        Assert.Contains(Assert.Single(second, d => d.Scope == "queue:q1").Changes, c => Offered(c) == 2);

        // Only figures pending and still within the pace: nothing is sent and no number is used.
        mirror.Apply([Figures("q1", offered: 3)]);
        Assert.DoesNotContain(mirror.Flush(Now, pace: new FiguresPace(3, 12, summaryPaced)), d => d.Scope == "summary");

        var later = Assert.Single(mirror.Flush(Now, pace: new FiguresPace(13, 12, summaryPaced)), d => d.Scope == "summary");
        Assert.Equal((3L, 3), (later.Sequence, Offered(Assert.Single(later.Changes))));
        Assert.DoesNotContain(mirror.Flush(Now, pace: new FiguresPace(14, 12, summaryPaced)), d => d.Scope == "summary");
    }

    [Fact]
    public void On_a_paced_scope_a_headline_that_came_back_the_same_does_not_hold_the_next_real_change()
    {
        var mirror = new FloorMirror();
        var summaryPaced = (string scope) => scope == "summary";
        mirror.Apply([Figures("q1", offered: 1)]);
        Assert.Single(mirror.Flush(Now, pace: new FiguresPace(1, 12, summaryPaced)), d => d.Scope == "summary");

        // Due again, but nothing changed: nothing goes.
        mirror.Apply([Figures("q1", offered: 1)]);
        Assert.DoesNotContain(mirror.Flush(Now, pace: new FiguresPace(13, 12, summaryPaced)), d => d.Scope == "summary");

        // The last figures went at tick 1: a real change now goes at once.
        mirror.Apply([Figures("q1", offered: 2)]);
        var delta = Assert.Single(mirror.Flush(Now, pace: new FiguresPace(14, 12, summaryPaced)), d => d.Scope == "summary");
        Assert.Equal(2, Offered(Assert.Single(delta.Changes)));
    }

    [Fact]
    public void After_a_queues_first_headline_its_figures_go_as_the_fields_that_changed_and_not_at_all_when_none_did()
    {
        var mirror = new FloorMirror();
        mirror.Apply([Figures("q1", offered: 1)]);
        Assert.NotNull(Assert.Single(Assert.Single(mirror.Flush(Now), d => d.Scope == "queue:q1").Changes).Headline);

        mirror.Apply([Figures("q1", offered: 2)]);
        var patch = Assert.Single(Assert.Single(mirror.Flush(Now), d => d.Scope == "queue:q1").Changes);

        Assert.Equal((LiveChangeKind.Figures, "q1", null), (patch.Kind, patch.ItemId, patch.Headline));
        Assert.Equal("""{"today":{"offered":2},"currentInterval":{"offered":2}}""", patch.Figures!.Value.GetRawText());

        mirror.Apply([Figures("q1", offered: 2)]);
        Assert.DoesNotContain(mirror.Flush(Now), d => d.Scope == "queue:q1");
    }

    [Fact]
    public void A_client_applying_the_deltas_after_any_snapshot_holds_the_figures_a_fresh_snapshot_holds()
    {
        var mirror = new FloorMirror();
        var paced = new FiguresPace(1, 12, scope => scope == "summary");
        mirror.Apply([Figures("q1", offered: 1, available: 1, wrapUp: 0)]);
        var first = mirror.Flush(Now, pace: paced);
        var (fromStart, _) = Follow(mirror.Snapshot("summary"), first);

        // The summary is paced, so these wait; a client subscribing meanwhile takes a snapshot that has the first of them.
        mirror.Apply([Figures("q1", offered: 2, available: 0, wrapUp: 1)]);
        mirror.Flush(Now, pace: paced with { Tick = 2 });
        var snapshot = mirror.Snapshot("summary");
        // Available goes back to what the last delta said: the patch must still carry it, or the later client keeps 0.
        // Wrap-up stays as the held headline had it: the patch must carry it too, or the first client keeps 0.
        mirror.Apply([Figures("q1", offered: 3, available: 1, wrapUp: 1)]);
        var deltas = mirror.Flush(Now, pace: paced with { Tick = 13 });

        var expected = Json(Assert.Single(mirror.Snapshot("summary").View.Queues));
        Assert.All([Follow(fromStart, deltas).Headline, Follow(snapshot, deltas).Headline], held => Assert.True(JsonElement.DeepEquals(expected, held), $"{held}, not {expected}"));
    }

    [Fact]
    public void A_figure_that_leaves_the_json_sends_the_whole_headline_rather_than_a_patch_that_cannot_say_so()
    {
        // A hub that leaves nulls out writes an average of nothing as no field at all; a patch only adds fields.
        var options = new Microsoft.AspNetCore.SignalR.JsonHubProtocolOptions();
        options.PayloadSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        var mirror = new FloorMirror(Microsoft.Extensions.Options.Options.Create(options));
        var answered = Figures("q1", offered: 1);
        answered = answered with { Headline = answered.Headline! with { Today = answered.Headline.Today with { AsaSeconds = 4 } } };
        mirror.Apply([answered]);
        mirror.Flush(Now);

        mirror.Apply([Figures("q1", offered: 1)]);
        var change = Assert.Single(Assert.Single(mirror.Flush(Now), d => d.Scope == "queue:q1").Changes);

        Assert.Equal(LiveChangeKind.Headline, change.Kind);
        Assert.Null(change.Headline!.Today.AsaSeconds);
    }

    /// <summary>What a hub client holds for q1 after its snapshot and the deltas after it, figures patches laid over the headline.</summary>
    private static (ScopeSnapshotMessage Snapshot, JsonElement Headline) Follow(ScopeSnapshotMessage snapshot, IEnumerable<DeltaMessage> deltas)
    {
        var headline = Json(Assert.Single(snapshot.View.Queues));
        foreach (var change in deltas.Where(d => d.Scope == snapshot.Scope && d.Sequence > snapshot.Sequence).SelectMany(d => d.Changes))
        {
            headline = change.Kind switch
            {
                LiveChangeKind.Headline => Json(change.Headline!),
                LiveChangeKind.Figures => FiguresPatch.Overlay(headline, change.Figures!.Value),
                _ => headline,
            };
        }

        return (snapshot, headline);
    }

    private static JsonElement Json(QueueHeadline headline) => JsonSerializer.SerializeToElement(headline, HubJson);

    private static readonly JsonSerializerOptions HubJson = new Microsoft.AspNetCore.SignalR.JsonHubProtocolOptions().PayloadSerializerOptions;

    private static int? Offered(LiveChange change) =>
        change.Headline?.Today.Offered ?? change.Figures?.GetProperty("today").GetProperty("offered").GetInt32();

    private static LiveChange Figures(string queueId, int offered, int available = 1, int wrapUp = 0)
    {
        var stats = new QueueStats(Now, Now, offered, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);
        return LiveChange.ForHeadline(queueId, new QueueHeadline(queueId, stats, stats, new Staffing(1, available, 0, wrapUp, 0), 20, 0.8));
    }

    private static CallRow Call(string callId, string agentId) =>
        new(callId, "q1", CallState.Talking, agentId, CustomerTier.Regular, "****0123", Now, Now, null, 0, []);

    private static AgentRow Row(string agentId) =>
        new(agentId, agentId, "t1", ["q1"], AgentState.Available, null, Now, null, null, 0);
}
