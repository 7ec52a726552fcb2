using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Grains.Calls;
using ContactCenter.Grains.History;
using ContactCenter.Grains.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>What grains hand to the history store, and what comes back from it when grain state is gone.</summary>
[Collection(FloorCollection.Name)]
public sealed class HistoryHandOverTests(FloorClusterFixture floor)
{
    [Fact]
    public async Task A_finished_call_leaves_grain_storage_for_the_history_masked_and_still_answers_as_it_ended()
    {
        var (call, queue, agent) = (Unique("c"), Unique("q"), Unique("a"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-5);
        await floor.Sink.IngestAsync([LoggedIn(agent, "t1", t0, queue), Queued(call, queue, t0.AddSeconds(1)), Answered(call, agent, t0.AddSeconds(6)), Ended(call, t0.AddSeconds(66))]);

        var storage = floor.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(FloorStorage.Name);
        var stored = new GrainState<CallGrainState>(new CallGrainState());
        await storage.ReadStateAsync("call", GrainId.Create("call", call), stored);
        Assert.False(stored.RecordExists);

        var archived = await floor.History.FindCallAsync(call);
        Assert.NotNull(archived);
        Assert.Equal("****0123", archived.Snapshot.CallerNumber);
        // The number as it arrived, not a bare "7946": the state also holds generated ids, whose hex digits may contain that run by chance.
        var archivedState = System.Text.Encoding.UTF8.GetString(archived.GrainState);
        Assert.DoesNotContain("20 7946", archivedState, StringComparison.Ordinal);
        Assert.DoesNotContain("7946 0123", archivedState, StringComparison.Ordinal);

        var snapshot = await floor.Grains.GetGrain<ICallGrain>(call).GetSnapshot();
        Assert.NotNull(snapshot);
        Assert.Equal(CallState.Ended, snapshot.State);
        Assert.Equal(60, snapshot.TalkSeconds, 6);
        Assert.Equal("****0123", snapshot.CallerNumber);
    }

    [Fact]
    public async Task Events_repeated_after_the_call_left_grain_storage_are_duplicates_and_move_no_figure()
    {
        var (call, queue, agent) = (Unique("c"), Unique("q"), Unique("a"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-5);
        FloorEvent[] replay = [Queued(call, queue, t0.AddSeconds(1)), Answered(call, agent, t0.AddSeconds(6)), Ended(call, t0.AddSeconds(66))];
        await floor.Sink.IngestAsync([LoggedIn(agent, "t1", t0, queue), .. replay]);
        var before = await floor.Grains.GetGrain<IQueueGrain>(queue).GetStats(t0.AddHours(-1), t0.AddHours(1));

        var again = await floor.Sink.IngestAsync(replay);

        Assert.Equal((0, 3), (again.Accepted, again.Duplicates));
        Assert.Empty(again.Rejected);
        var after = await floor.Grains.GetGrain<IQueueGrain>(queue).GetStats(t0.AddHours(-1), t0.AddHours(1));
        Assert.Equal(before.Totals, after.Totals);
        Assert.Equal(1, after.Totals.Offered);
    }

    [Fact]
    public async Task A_late_event_for_a_call_in_the_history_moves_its_figures_once()
    {
        var (call, queue, agent) = (Unique("c"), Unique("q"), Unique("a"));
        var t0 = floor.Clock.GetUtcNow().AddMinutes(-5);
        await floor.Sink.IngestAsync([LoggedIn(agent, "t1", t0, queue), Queued(call, queue, t0.AddSeconds(1)), Ended(call, t0.AddSeconds(66))]);

        // The answer arrives after the call ended and left grain storage: the call comes back, takes it and goes again.
        var late = await floor.Sink.IngestAsync([Answered(call, agent, t0.AddSeconds(21))]);

        Assert.Equal(1, late.Accepted);
        var stats = await floor.Grains.GetGrain<IQueueGrain>(queue).GetStats(t0.AddHours(-1), t0.AddHours(1));
        Assert.Equal((1, 1, 20.0), (stats.Totals.Offered, stats.Totals.Answered, stats.Totals.TotalWaitSeconds));
        Assert.Equal(45, (await floor.History.FindCallAsync(call))!.Snapshot.TalkSeconds, 6);
    }

    [Fact]
    public async Task A_day_past_the_queues_horizon_is_read_from_the_history_and_a_late_call_of_it_counts_on_top()
    {
        var (queue, agent) = (Unique("q"), Unique("a"));
        var day = floor.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-10);
        var t0 = new DateTimeOffset(day.AddHours(10), TimeSpan.Zero);
        var (from, to) = (new DateTimeOffset(day, TimeSpan.Zero), new DateTimeOffset(day.AddDays(1), TimeSpan.Zero));
        var first = Unique("c");
        await floor.Sink.IngestAsync([LoggedIn(agent, "t1", t0, queue), Queued(first, queue, t0.AddSeconds(1)), Answered(first, agent, t0.AddSeconds(11)), Ended(first, t0.AddSeconds(71))]);
        var grain = floor.Grains.GetGrain<IQueueGrain>(queue);
        var kept = await grain.GetStats(from, to);
        Assert.Equal((1, 1), (kept.Totals.Offered, kept.Totals.Answered));

        // The store takes the day; an hour on, the queue drops what is older than it keeps.
        await grain.AsReference<IHistoryFlushGrain>().FlushHistory();
        floor.Clock.Advance(TimeSpan.FromMinutes(61));
        await floor.Sink.IngestAsync([Queued(Unique("c"), queue, floor.Clock.GetUtcNow())]);
        Assert.Equal(kept.Totals, (await grain.GetStats(from, to)).Totals);

        // A late connector sends a call of that day: it is counted into the day's interval, on top of what the store had.
        var late = Unique("c");
        var result = await floor.Sink.IngestAsync([Queued(late, queue, t0.AddSeconds(30)), Abandoned(late, t0.AddSeconds(60))]);
        Assert.Equal(2, result.Accepted);
        var both = await grain.GetStats(from, to);
        Assert.Equal((2, 1, 1), (both.Totals.Offered, both.Totals.Answered, both.Totals.Abandoned));

        await grain.AsReference<IHistoryFlushGrain>().FlushHistory();
        var stored = Assert.Single(await floor.History.IntervalsAsync(queue, from, to));
        Assert.Equal((2, 1, 1), (stored.Value.Offered, stored.Value.Answered, stored.Value.Abandoned));
    }

    [Fact]
    public async Task An_agents_day_closes_at_midnight_into_the_history_with_not_ready_time_by_reason()
    {
        var agent = Unique("a");
        var midnight = new DateTimeOffset(floor.Clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        await floor.Sink.IngestAsync([
            LoggedIn(agent, "t1", midnight.AddHours(-2), "q1"),
            State(agent, AgentState.NotReady, midnight.AddMinutes(-30), "lunch"),
            State(agent, AgentState.Available, midnight.AddMinutes(30))]);

        await floor.Grains.GetGrain<IAgentGrain>(agent).AsReference<IHistoryFlushGrain>().FlushHistory();

        var today = DateOnly.FromDateTime(midnight.UtcDateTime);
        var days = await floor.History.AgentDaysAsync(agent, today.AddDays(-1), today);
        Assert.Equal([today.AddDays(-1), today], days.Select(d => d.Day));
        var yesterday = days[0];
        Assert.Equal((7200.0, 1800.0, "t1"), (yesterday.Totals.LoggedInSeconds, yesterday.Totals.NotReadySeconds, yesterday.TeamId));
        Assert.Equal(1800, yesterday.Totals.NotReadyByReason["lunch"], 6);
        Assert.Equal(1800, days[1].Totals.NotReadyByReason["lunch"], 6);
    }

    [Fact]
    public async Task A_call_of_a_past_day_is_counted_but_raises_no_alert_shows_no_live_row_and_leaves_its_agent_as_it_is()
    {
        var (call, queue, agent) = (Unique("c"), Unique("q"), Unique("a"));
        var now = floor.Clock.GetUtcNow();
        await floor.Sink.IngestAsync([LoggedIn(agent, "t1", now.AddMinutes(-10), queue)]);
        var before = await floor.Grains.GetGrain<IAgentGrain>(agent).GetSnapshot();

        // Two days back, a call waited ten minutes and was answered by the agent; its end never came.
        var then = now.AddDays(-2);
        var result = await floor.Sink.IngestAsync([Queued(call, queue, then), Answered(call, agent, then.AddMinutes(10)), Held(call, then.AddMinutes(12))]);

        Assert.Equal(3, result.Accepted);
        var snapshot = await floor.Grains.GetGrain<IQueueGrain>(queue).GetSnapshot();
        Assert.Empty(snapshot.Waiting);
        Assert.Empty(snapshot.Connected);
        var stats = await floor.Grains.GetGrain<IQueueGrain>(queue).GetStats(then.AddHours(-1), then.AddHours(1));
        Assert.Equal((1, 1, 600.0), (stats.Totals.Offered, stats.Totals.Answered, stats.Totals.TotalWaitSeconds));
        var inbox = await floor.Grains.GetGrain<IAlertInboxGrain>(AlertInbox.OfQueue(queue)).GetAlerts(true);
        Assert.Empty(inbox);
        var after = await floor.Grains.GetGrain<IAgentGrain>(agent).GetSnapshot();
        Assert.Equal((before!.State, before.CurrentCallId), (after!.State, after.CurrentCallId));
    }

    [Fact]
    public async Task A_day_of_audit_kept_in_grain_state_before_the_history_store_moves_there_when_first_read()
    {
        // A day far from the others' (UTC), so no other test appends to it.
        var day = new DateOnly(2011, 3, 4);
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);
        var storage = floor.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(FloorStorage.Name);
        var old = new ContactCenter.Grains.Audit.AuditTrailState { Entries = [new(at, "sam", "alert-taken", "alert", "LongHold:c1:1", null, "10.0.0.9")] };
        await storage.WriteStateAsync("audit", GrainId.Create("audittrail", "2011-03-04"), new GrainState<ContactCenter.Grains.Audit.AuditTrailState>(old));

        var entries = await floor.Grains.GetGrain<IAuditTrailGrain>("2011-03-04").GetEntries();

        Assert.Equal(("sam", "alert-taken", at), (entries.Single().Actor, entries.Single().Action, entries.Single().At));
        Assert.Single(await floor.History.AuditOfDayAsync(day));
        var left = new GrainState<ContactCenter.Grains.Audit.AuditTrailState>(new());
        await storage.ReadStateAsync("audit", GrainId.Create("audittrail", "2011-03-04"), left);
        Assert.False(left.RecordExists);
    }
}
