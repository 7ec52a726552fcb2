using ContactCenter.Domain.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactCenter.History.Store;

/// <summary>
/// Purges history older than each kind's retention, at start and then hourly. Ages are measured
/// on the floor's clock; the hourly pace is the wall clock's.
/// </summary>
public sealed class HistoryRetention(HistoryDatabase database, HistoryOptions options, IServiceProvider services, ILogger<HistoryRetention> log) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    /// <summary>Deletes what is past its retention as of <paramref name="now"/>; returns the rows deleted.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset now)
    {
        var keep = options.Retention;
        var utc = now.UtcDateTime;
        await database.ReadyAsync();
        await using var context = database.Open();
        var calls = await context.Calls.Where(c => c.EndedAt < utc.AddDays(-keep.CallsDays)).ExecuteDeleteAsync();
        var intervals = await context.Intervals.Where(i => i.Start < utc.AddDays(-keep.IntervalsDays)).ExecuteDeleteAsync();
        var oldestDay = DateOnly.FromDateTime(utc.AddDays(-keep.AgentDaysDays));
        var agentDays = await context.AgentDays.Where(d => d.Day < oldestDay).ExecuteDeleteAsync();
        var alerts = await context.Alerts.Where(a => a.UpdatedAt < utc.AddDays(-keep.AlertsDays)).ExecuteDeleteAsync();
        var audit = await context.Audit.Where(e => e.At < utc.AddDays(-keep.AuditDays)).ExecuteDeleteAsync();
        var total = calls + intervals + agentDays + alerts + audit;
        if (total > 0)
        {
            log.LogInformation(
                "History purged: {Calls} calls, {Intervals} intervals, {AgentDays} agent days, {Alerts} alerts, {Audit} audit entries",
                calls, intervals, agentDays, alerts, audit);
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var wall = WallClock.From(services);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PurgeAsync(clock.GetUtcNow());
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "History purge failed; next try in {Period}", Period);
            }

            try
            {
                await Task.Delay(Period, wall, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
