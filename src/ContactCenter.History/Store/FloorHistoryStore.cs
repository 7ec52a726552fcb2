using System.Text.Json;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.History;
using ContactCenter.Domain.Queues;
using ContactCenter.History.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactCenter.History.Store;

/// <summary>The floor's history in EF Core: writes through the <see cref="HistoryWriter"/>'s group commit, reads straight from the database.</summary>
public sealed class FloorHistoryStore(HistoryDatabase database, HistoryWriter writer, HistoryOptions options) : IFloorHistory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HistoryLookups lookups = new();

    public TimeSpan KeepsCallsFor => TimeSpan.FromDays(options.Retention.CallsDays);

    public Task AppendAuditAsync(AuditEntry entry) =>
        writer.Submit(context =>
        {
            context.Audit.Add(new StoredAuditEntry
            {
                At = entry.At.UtcDateTime,
                Actor = entry.Actor,
                Action = entry.Action,
                TargetKind = entry.TargetKind,
                TargetId = entry.TargetId,
                Detail = entry.Detail,
                Origin = entry.Origin,
            });
            return Task.CompletedTask;
        });

    public Task<AuditEntry[]> AuditOfDayAsync(DateOnly day)
    {
        return Read(async () =>
        {
            var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var to = day < DateOnly.MaxValue ? from.AddDays(1) : DateTime.MaxValue;
            await using var context = await OpenAsync();
            var rows = await context.Audit.AsNoTracking().Where(e => e.At >= from && e.At < to).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync();
            return rows.Select(e => new AuditEntry(Utc(e.At), e.Actor, e.Action, e.TargetKind, e.TargetId, e.Detail, e.Origin)).ToArray();
        });
    }

    public Task SaveAlertAsync(AlertSnapshot alert) =>
        writer.Submit(async context =>
        {
            var row = await RowAsync(context.Alerts, () => lookups.Alert(context, alert.AlertId), () => new StoredAlert { AlertId = alert.AlertId, Rule = "", Severity = "", Status = "", SubjectId = alert.SubjectId, Snapshot = "" }, alert.AlertId);

            row.Rule = alert.Rule.ToString();
            row.Severity = alert.Severity.ToString();
            row.Status = alert.Status.ToString();
            row.SubjectId = alert.SubjectId;
            row.QueueId = alert.QueueId;
            row.TeamId = alert.TeamId;
            row.RaisedAt = alert.RaisedAt.UtcDateTime;
            row.UpdatedAt = alert.UpdatedAt.UtcDateTime;
            row.Snapshot = JsonSerializer.Serialize(alert, Json);
        });

    public Task<AlertSnapshot[]> AlertsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        return Read(async () =>
        {
            var (start, end) = (from.UtcDateTime, to.UtcDateTime);
            await using var context = await OpenAsync();
            var rows = await context.Alerts.AsNoTracking().Where(a => a.RaisedAt >= start && a.RaisedAt < end).OrderByDescending(a => a.RaisedAt).Select(a => a.Snapshot).ToListAsync();
            return rows.Select(json => JsonSerializer.Deserialize<AlertSnapshot>(json, Json)!).ToArray();
        });
    }

    public Task ArchiveCallAsync(ArchivedCall call) =>
        writer.Submit(async context =>
        {
            var s = call.Snapshot;
            var row = await RowAsync(context.Calls, () => lookups.Call(context, s.CallId), () => new StoredCall { CallId = s.CallId, Direction = "", Snapshot = "", GrainState = [] }, s.CallId);

            row.QueueId = s.QueueId;
            row.AgentId = s.AgentId;
            row.Direction = s.Direction.ToString();
            row.CallerNumber = s.CallerNumber;
            row.Disposition = s.Disposition?.ToString();
            row.StartedAt = (s.QueuedAt ?? s.OfferedAt ?? s.AnsweredAt ?? s.EndedAt ?? s.AsOf).UtcDateTime;
            row.EndedAt = (s.EndedAt ?? s.AsOf).UtcDateTime;
            row.Snapshot = JsonSerializer.Serialize(s, Json);
            row.GrainState = call.GrainState;
        });

    public Task<ArchivedCall?> FindCallAsync(string callId)
    {
        return Read(async () =>
        {
            await using var context = await OpenAsync();
            var row = await lookups.ArchivedCall(context, callId);
            return row is null ? null : new ArchivedCall(JsonSerializer.Deserialize<CallSnapshot>(row.Snapshot, Json)!, row.GrainState);
        });
    }

    public Task SaveIntervalsAsync(string queueId, IReadOnlyCollection<KeyValuePair<DateTimeOffset, QueueIntervalCounts>> intervals) =>
        writer.Submit(async context =>
        {
            foreach (var (start, counts) in intervals)
            {
                var row = await RowAsync(context.Intervals, () => lookups.Interval(context, queueId, start.UtcDateTime), () => new StoredInterval { QueueId = queueId, Start = start.UtcDateTime }, queueId, start.UtcDateTime);

                IntervalColumns.Write(counts, row);
            }
        });

    public Task<Dictionary<DateTimeOffset, QueueIntervalCounts>> IntervalsAsync(string queueId, DateTimeOffset from, DateTimeOffset to)
    {
        return Read(async () =>
        {
            var (start, end) = (from.UtcDateTime, to.UtcDateTime);
            await using var context = await OpenAsync();
            var rows = await context.Intervals.AsNoTracking().Where(i => i.QueueId == queueId && i.Start >= start && i.Start < end).ToListAsync();
            return rows.ToDictionary(i => Utc(i.Start), IntervalColumns.Read);
        });
    }

    public Task SaveAgentDayAsync(AgentDayRecord day) =>
        writer.Submit(async context =>
        {
            var row = await RowAsync(context.AgentDays, () => lookups.AgentDay(context, day.AgentId, day.Day, day.Late), () => new StoredAgentDay { AgentId = day.AgentId, Day = day.Day, Late = day.Late, NotReadyByReason = "{}" }, day.AgentId, day.Day, day.Late);

            var t = day.Totals;
            row.TeamId = day.TeamId;
            row.Calls = t.Calls;
            row.TalkSeconds = t.TalkSeconds;
            row.HoldSeconds = t.HoldSeconds;
            row.WrapUpSeconds = t.WrapUpSeconds;
            row.NotReadySeconds = t.NotReadySeconds;
            row.LoggedInSeconds = t.LoggedInSeconds;
            row.NotReadyByReason = JsonSerializer.Serialize(t.NotReadyByReason, Json);
        });

    public Task<AgentDayRecord[]> AgentDaysAsync(string agentId, DateOnly from, DateOnly to)
    {
        return Read(async () =>
        {
            await using var context = await OpenAsync();
            var rows = await context.AgentDays.AsNoTracking().Where(d => d.AgentId == agentId && d.Day >= from && d.Day <= to).OrderBy(d => d.Day).ThenBy(d => d.Late).ToListAsync();
            return rows.Select(row => new AgentDayRecord(row.AgentId, row.TeamId, new AgentDayTotals(
                row.Day, row.Calls, row.TalkSeconds, row.HoldSeconds, row.WrapUpSeconds, row.NotReadySeconds, row.LoggedInSeconds,
                JsonSerializer.Deserialize<Dictionary<string, double>>(row.NotReadyByReason, Json) ?? []), row.Late)).ToArray();
        });
    }

    /// <summary>
    /// The row with this key, tracked in the write's context, or a new one added to it (an upsert).
    /// One added earlier in the same batch is found among the tracked ones: the database has not
    /// seen it yet. The writer turns automatic change detection off, so that look costs no scan.
    /// </summary>
    private static async Task<T> RowAsync<T>(DbSet<T> rows, Func<Task<T?>> stored, Func<T> create, params object[] key)
        where T : class
    {
        if (rows.Local.FindEntryUntyped(key) is { } tracked)
        {
            return tracked.Entity;
        }

        if (await stored() is { } found)
        {
            return found;
        }

        var row = create();
        rows.Add(row);
        return row;
    }

    private async Task<HistoryContext> OpenAsync()
    {
        try
        {
            await database.ReadyAsync();
            return database.Open();
        }
        catch (Exception e) when (e is not HistoryUnavailableException)
        {
            throw new HistoryUnavailableException($"the history store cannot be reached: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>A read, with a failure of the database told as <see cref="HistoryUnavailableException"/> (a 503, never a 500).</summary>
    private static async Task<T> Read<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is not (HistoryUnavailableException or OperationCanceledException))
        {
            throw new HistoryUnavailableException($"the history store refused a read: {e.GetType().Name}: {e.Message}");
        }
    }

    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
