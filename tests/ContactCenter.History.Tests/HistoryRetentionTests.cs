using ContactCenter.Contracts.Audit;
using ContactCenter.Domain.History;
using ContactCenter.Domain.Queues;
using ContactCenter.History.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.History.Tests;

/// <summary>Each kind of history is kept as long as configured, measured from the floor's clock.</summary>
[Collection(HistoryCollection.Name)]
public sealed class HistoryRetentionTests(HistoryDatabases databases)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(HistoryDatabases.Providers), MemberType = typeof(HistoryDatabases))]
    public async Task A_purge_deletes_each_kind_past_its_own_retention_and_keeps_the_rest(string provider)
    {
        var options = new HistoryOptions { Retention = new() { CallsDays = 90, IntervalsDays = 730, AgentDaysDays = 400, AlertsDays = 365, AuditDays = 30 } };
        var (store, database) = await databases.NewStoreAsync(provider, options);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        foreach (var age in new[] { 10, 89, 91, 364, 366, 729, 731 })
        {
            var at = Now.AddDays(-age);
            await store.ArchiveCallAsync(new ArchivedCall(Snapshots.Call($"c{age}", at), []));
            await store.SaveIntervalsAsync("q1", [KeyValuePair.Create(at, new QueueIntervalCounts { Offered = 1 })]);
            await store.SaveAgentDayAsync(new AgentDayRecord("a1", "t1", new(today.AddDays(-age), 1, 0, 0, 0, 0, 60, [])));
            await store.SaveAlertAsync(Snapshots.Alert($"LongHold:c{age}:1", at));
            await store.AppendAuditAsync(new AuditEntry(at, "sam", "alert-taken", "alert", $"LongHold:c{age}:1", null, null));
        }

        var retention = new HistoryRetention(database, options, new ServiceCollection().BuildServiceProvider(), NullLogger<HistoryRetention>.Instance);
        var deleted = await retention.PurgeAsync(Now);

        await using var context = database.Open();
        Assert.Equal(["c10", "c89"], await context.Calls.OrderBy(c => c.CallId).Select(c => c.CallId).ToListAsync());
        Assert.Equal(6, await context.Intervals.CountAsync());
        Assert.Equal(5, await context.AgentDays.CountAsync());
        Assert.Equal(4, await context.Alerts.CountAsync());
        Assert.Equal(1, await context.Audit.CountAsync());
        Assert.Equal((7 - 2) + 1 + 2 + 3 + 6, deleted);

        // Nothing left past its time: a second purge deletes nothing.
        Assert.Equal(0, await retention.PurgeAsync(Now));
    }
}
