using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.History;
using ContactCenter.Domain.Queues;
using ContactCenter.History.Store;
using Microsoft.EntityFrameworkCore;

namespace ContactCenter.History.Tests;

/// <summary>The history store on both providers: migrations from empty, each kind written and read back, group commit.</summary>
[Collection(HistoryCollection.Name)]
public sealed class HistoryStoreTests(HistoryDatabases databases)
{
    private static readonly DateTimeOffset Day = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task Migrations_from_an_empty_database_create_every_table_and_record_every_migration(string provider)
    {
        var database = await databases.NewDatabaseAsync(provider);
        await database.ReadyAsync();

        await using var context = database.Open();
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.Equal(0, await context.Calls.CountAsync());
        Assert.Equal(0, await context.Intervals.CountAsync());
        Assert.Equal(0, await context.AgentDays.CountAsync());
        Assert.Equal(0, await context.Alerts.CountAsync());
        Assert.Equal(0, await context.Audit.CountAsync());
    }

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task Two_processes_starting_at_once_on_an_empty_database_apply_the_migrations_once(string provider)
    {
        var first = await databases.NewDatabaseAsync(provider);
        var second = databases.SameDatabase(first, new HistoryOptions { Provider = provider });

        await Task.WhenAll(first.ReadyAsync(), second.ReadyAsync());

        await using var context = first.Open();
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task A_sqlite_migration_lock_left_by_a_killed_process_does_not_hold_the_next_start()
    {
        var first = await databases.NewDatabaseAsync(HistoryDatabases.Sqlite);
        await using (var context = first.Open())
        {
            // What EF Core leaves when its process is killed between taking and releasing the lock.
            await context.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
            await context.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-11-30 02:24:11')");
        }

        var next = databases.SameDatabase(first, new HistoryOptions());

        await next.ReadyAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await using var check = next.Open();
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task The_audit_trail_of_a_day_holds_that_utc_day_only_in_time_order(string provider)
    {
        var (store, _) = await databases.NewStoreAsync(provider);
        await Task.WhenAll(
            store.AppendAuditAsync(new AuditEntry(Day.AddSeconds(-1), "sam", "alert-taken", "alert", "a:1", null, "10.0.0.1")),
            store.AppendAuditAsync(new AuditEntry(Day.AddHours(9), "sam", "alert-noted", "alert", "a:1", "caller wants a refund", null)),
            store.AppendAuditAsync(new AuditEntry(Day.AddHours(8), "kim", "alert-taken", "alert", "a:2", null, null)),
            store.AppendAuditAsync(new AuditEntry(Day.AddDays(1), "sam", "alert-resolved", "alert", "a:1", null, null)));

        var trail = await store.AuditOfDayAsync(DateOnly.FromDateTime(Day.UtcDateTime));

        Assert.Equal(["kim alert-taken", "sam alert-noted"], trail.Select(e => $"{e.Actor} {e.Action}"));
        Assert.Equal(Day.AddHours(9), trail[1].At);
        Assert.Equal("caller wants a refund", trail[1].Detail);
    }

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task An_alert_saved_at_each_step_is_one_row_holding_its_latest_step_with_notes(string provider)
    {
        var (store, _) = await databases.NewStoreAsync(provider);
        var raised = Snapshots.Alert("LongHold:c1:1", Day.AddHours(9));
        await store.SaveAlertAsync(raised);
        await store.SaveAlertAsync(raised with { Status = AlertStatus.Taken, TakenBy = "sam", Notes = [new AlertNote("sam", "on it", Day.AddHours(9).AddMinutes(1))], UpdatedAt = Day.AddHours(9).AddMinutes(1) });

        var alerts = await store.AlertsAsync(Day, Day.AddDays(1));

        var alert = Assert.Single(alerts);
        Assert.Equal(AlertStatus.Taken, alert.Status);
        Assert.Equal("sam", alert.TakenBy);
        Assert.Equal("on it", Assert.Single(alert.Notes).Text);
        Assert.Empty(await store.AlertsAsync(Day.AddDays(1), Day.AddDays(2)));
    }

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task A_finished_call_is_found_by_id_with_its_snapshot_and_grain_state(string provider)
    {
        var (store, _) = await databases.NewStoreAsync(provider);
        var call = Snapshots.Call("c-archived", Day.AddHours(10));
        await store.ArchiveCallAsync(new ArchivedCall(call, [1, 2, 3]));
        await store.ArchiveCallAsync(new ArchivedCall(call with { Flags = ["late event moved it"] }, [4, 5]));

        var found = await store.FindCallAsync("c-archived");

        Assert.NotNull(found);
        Assert.Equal("****0123", found.Snapshot.CallerNumber);
        Assert.Equal(["late event moved it"], found.Snapshot.Flags);
        Assert.Equal([4, 5], found.GrainState);
        Assert.Null(await store.FindCallAsync("c-never"));
    }

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task Intervals_are_replaced_not_added_and_read_by_queue_and_range(string provider)
    {
        var (store, _) = await databases.NewStoreAsync(provider);
        var nine = Day.AddHours(9);
        await store.SaveIntervalsAsync("q1", [KeyValuePair.Create(nine, new QueueIntervalCounts { Offered = 3, WaitTicks = 15 })]);
        await store.SaveIntervalsAsync("q1", [
            KeyValuePair.Create(nine, new QueueIntervalCounts { Offered = 4, Answered = 2, WaitTicks = 20, AbandonWaitTicks = 7, LongestWaitTicks = [12, 8] }),
            KeyValuePair.Create(nine.AddMinutes(15), new QueueIntervalCounts { Offered = 1 })]);
        await store.SaveIntervalsAsync("q2", [KeyValuePair.Create(nine, new QueueIntervalCounts { Offered = 9 })]);

        var read = await store.IntervalsAsync("q1", nine, nine.AddMinutes(15));

        var (start, counts) = Assert.Single(read);
        Assert.Equal(nine, start);
        Assert.Equal((4, 2, 20L), (counts.Offered, counts.Answered, counts.WaitTicks));
        // Time to abandon is a sum and kept whole; of the longest waits only the maximum is kept.
        Assert.Equal((7L, 12L), (counts.AbandonWaitTicks, counts.MaxWaitTicks));
        Assert.Null((await store.IntervalsAsync("q1", nine.AddMinutes(15), nine.AddMinutes(30)))[nine.AddMinutes(15)].MaxWaitTicks);
        Assert.Equal(2, (await store.IntervalsAsync("q1", Day, Day.AddDays(1))).Count);
    }

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task An_agents_days_come_back_in_date_order_with_not_ready_by_reason(string provider)
    {
        var (store, _) = await databases.NewStoreAsync(provider);
        var monday = DateOnly.FromDateTime(Day.UtcDateTime);
        await store.SaveAgentDayAsync(new AgentDayRecord("a1", "t1", new(monday.AddDays(1), 3, 600, 60, 120, 900, 3600, new() { ["lunch"] = 900 })));
        await store.SaveAgentDayAsync(new AgentDayRecord("a1", "t1", new(monday, 5, 1200, 0, 300, 0, 7200, [])));
        await store.SaveAgentDayAsync(new AgentDayRecord("a1", "t1", new(monday.AddDays(1), 4, 700, 60, 120, 900, 3700, new() { ["lunch"] = 900 })));

        var days = await store.AgentDaysAsync("a1", monday, monday.AddDays(6));

        Assert.Equal([monday, monday.AddDays(1)], days.Select(d => d.Day));
        Assert.Equal(4, days[1].Totals.Calls);
        Assert.Equal(900, days[1].Totals.NotReadyByReason["lunch"]);
        Assert.Equal((700 + 60 + 120) / (3700.0 - 900), days[1].Totals.Occupancy!.Value, 9);
    }

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task A_days_late_part_is_kept_beside_its_live_part_and_the_two_add_up(string provider)
    {
        var (store, _) = await databases.NewStoreAsync(provider);
        var monday = DateOnly.FromDateTime(Day.UtcDateTime);
        await store.SaveAgentDayAsync(new AgentDayRecord("a1", "t1", new(monday, 5, 1200, 0, 300, 900, 7200, new() { ["lunch"] = 900 })));
        await store.SaveAgentDayAsync(new AgentDayRecord("a1", "t1", new(monday, 1, 120, 10, 30, 0, 0, []), Late: true));
        await store.SaveAgentDayAsync(new AgentDayRecord("a1", "t1", new(monday, 2, 240, 20, 60, 0, 0, []), Late: true));

        var parts = await store.AgentDaysAsync("a1", monday, monday);

        Assert.Equal([false, true], parts.Select(p => p.Late));
        var day = Assert.Single(AgentDayRecord.Combine(parts));
        Assert.Equal((7, 1440.0, 20.0, 360.0, 900.0, 7200.0), (day.Totals.Calls, day.Totals.TalkSeconds, day.Totals.HoldSeconds, day.Totals.WrapUpSeconds, day.Totals.NotReadySeconds, day.Totals.LoggedInSeconds));
        Assert.Equal(900, day.Totals.NotReadyByReason["lunch"]);
        Assert.False(day.Late);
    }

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task Saves_of_one_row_that_meet_in_one_batch_leave_one_row_holding_the_last(string provider)
    {
        var writerLog = new ListLogger<HistoryWriter>();
        var (store, _) = await databases.NewStoreAsync(provider, writerLog: writerLog);
        var monday = DateOnly.FromDateTime(Day.UtcDateTime);
        var nine = Day.AddHours(9);
        var alert = Snapshots.Alert("LongHold:c1:1", nine);
        var call = Snapshots.Call("c-twice", Day.AddHours(10));
        // The audit writes keep the writer busy, so the saves behind them are taken as one batch:
        // each later save must find the row an earlier one added, which the database has not seen.
        var busy = Enumerable.Range(0, 300).Select(i => store.AppendAuditAsync(new AuditEntry(Day.AddSeconds(i), "u", "probe", "alert", $"a:{i}", null, null))).ToList();
        var saves = new List<Task>
        {
            store.SaveAlertAsync(alert),
            store.SaveAlertAsync(alert with { Status = AlertStatus.Taken, TakenBy = "sam", UpdatedAt = nine.AddMinutes(1) }),
            store.ArchiveCallAsync(new ArchivedCall(call, [1])),
            store.ArchiveCallAsync(new ArchivedCall(call with { Flags = ["moved"] }, [2])),
            store.SaveIntervalsAsync("q1", [KeyValuePair.Create(nine, new QueueIntervalCounts { Offered = 1 })]),
            store.SaveIntervalsAsync("q1", [KeyValuePair.Create(nine, new QueueIntervalCounts { Offered = 2 })]),
            store.SaveAgentDayAsync(new AgentDayRecord("a1", "t1", new(monday, 1, 60, 0, 0, 0, 600, []))),
            store.SaveAgentDayAsync(new AgentDayRecord("a1", "t1", new(monday, 2, 120, 0, 0, 0, 900, []))),
        };

        await Task.WhenAll(busy.Concat(saves));

        var saved = Assert.Single(await store.AlertsAsync(Day, Day.AddDays(1)));
        Assert.Equal((AlertStatus.Taken, "sam"), (saved.Status, saved.TakenBy));
        var found = await store.FindCallAsync("c-twice");
        Assert.Equal(["moved"], found!.Snapshot.Flags);
        Assert.Equal([2], found.GrainState);
        Assert.Equal(2, Assert.Single(await store.IntervalsAsync("q1", Day, Day.AddDays(1))).Value.Offered);
        Assert.Equal(2, Assert.Single(await store.AgentDaysAsync("a1", monday, monday)).Totals.Calls);
        // Had a save added a second row of one key, the batch would have failed and been tried
        // one write at a time: the figures above would hold, at many times the cost.
        Assert.Empty(writerLog.Entries);
    }

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task Writes_from_many_callers_at_once_all_commit_and_a_bad_one_fails_alone(string provider)
    {
        var (store, _) = await databases.NewStoreAsync(provider);
        var writes = Enumerable.Range(0, 300)
            .Select(i => store.AppendAuditAsync(new AuditEntry(Day.AddSeconds(i), $"user{i}", "probe", "alert", $"a:{i}", null, null)))
            .ToList();
        var bad = store.AppendAuditAsync(new AuditEntry(Day.AddHours(1), null!, "probe", "alert", "a:bad", null, null));

        await Task.WhenAll(writes);
        await Assert.ThrowsAnyAsync<Exception>(() => bad);
        Assert.Equal(300, (await store.AuditOfDayAsync(DateOnly.FromDateTime(Day.UtcDateTime))).Length);
    }
}
