using System.Globalization;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Api;
using ContactCenter.Dashboard.Security;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.History;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Dashboard.Reports;

/// <summary>
/// Reports a supervisor takes away as CSV: a queue's interval figures over a range, and an
/// agent's days. Scoped like every read; no caller number appears in either.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>An agent report spans at most this many days.</summary>
    public const int MaxAgentDays = 366;

    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/queues/{id}/intervals.csv", QueueIntervalsAsync).RequireAuthorization(FloorPolicies.ReadFloor)
            .WithSummary("A queue's figures per 15-minute interval in [from, to) and their total, as CSV (same range rules as /api/queues/{id}/stats).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        app.MapGet("/api/reports/agents/{id}/days.csv", AgentDaysAsync).RequireAuthorization(FloorPolicies.ReadAgent)
            .WithSummary("An agent's days from `from` to `to` (yyyy-MM-dd, site dates, both included; today by default): calls, talk, hold, wrap-up, not-ready by reason, occupancy, as CSV.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, JsonHttpResult<ApiError>>> QueueIntervalsAsync(
        string id, string? from, string? to, FloorReader floor, IGrainFactory grains, TimeProvider clock, FloorSettings settings, HttpContext http, FloorAccess access)
    {
        if (Ids.Check(id) is { } badId)
        {
            return badId;
        }

        if (!access.MaySeeQueue(http.User, id))
        {
            return ApiError.Forbidden("id", $"queue '{id}' is outside your scope");
        }

        var (start, end, refused) = FloorEndpoints.ParseRange(from, to, clock.GetUtcNow(), settings.Calendar);
        if (refused is not null)
        {
            return refused;
        }

        if (!await floor.QueueExistsAsync(id))
        {
            return ApiError.NotFound("id", $"no queue '{id}' on the floor");
        }

        var report = await grains.GetGrain<IQueueGrain>(id).GetStats(start!.Value, end!.Value);
        var table = new CsvTable(
            "queue", "from", "to", "offered", "answered", "abandoned", "short_abandoned", "answered_within_threshold", "abandoned_after_threshold",
            "completed", "handled", "dialed", "transferred_in", "transferred_out", "wait_seconds", "handle_seconds",
            "service_level", "asa_seconds", "aht_seconds", "abandon_rate", "overflowed", "blocked",
            "abandon_wait_seconds", "avg_abandon_seconds", "max_wait_seconds");
        foreach (var interval in report.Intervals)
        {
            table.Row(Figures(id, interval));
        }

        table.Row(Figures(id, report.Totals));
        return Csv(table, $"{id}-intervals-{start.Value.UtcDateTime:yyyyMMddTHHmm}-{end.Value.UtcDateTime:yyyyMMddTHHmm}.csv");
    }

    private static CsvTable.Cell[] Figures(string queueId, QueueStats s) =>
    [
        CsvTable.Text(queueId), CsvTable.Time(s.From), CsvTable.Time(s.To),
        CsvTable.Number(s.Offered), CsvTable.Number(s.Answered), CsvTable.Number(s.Abandoned), CsvTable.Number(s.ShortAbandoned),
        CsvTable.Number(s.AnsweredWithinThreshold), CsvTable.Number(s.AbandonedAfterThreshold), CsvTable.Number(s.Completed),
        CsvTable.Number(s.Handled), CsvTable.Number(s.Dialed), CsvTable.Number(s.TransferredIn), CsvTable.Number(s.TransferredOut),
        CsvTable.Number(s.TotalWaitSeconds), CsvTable.Number(s.TotalHandleSeconds),
        CsvTable.Number(s.ServiceLevel, "0.####"), CsvTable.Number(s.AsaSeconds), CsvTable.Number(s.AhtSeconds), CsvTable.Number(s.AbandonRate, "0.####"),
        CsvTable.Number(s.Overflowed), CsvTable.Number(s.Blocked),
        CsvTable.Number(s.TotalAbandonWaitSeconds), CsvTable.Number(s.AverageAbandonSeconds), CsvTable.Number(s.MaxWaitSeconds),
    ];

    private static async Task<Results<FileContentHttpResult, JsonHttpResult<ApiError>>> AgentDaysAsync(
        string id, string? from, string? to, IGrainFactory grains, IFloorHistory history, TimeProvider clock, FloorSettings settings, HttpContext http, FloorAccess access)
    {
        if (Ids.Check(id) is { } badId)
        {
            return badId;
        }

        var today = settings.Calendar.Date(clock.GetUtcNow());
        if (!TryParseDate(from, today, out var first))
        {
            return ApiError.BadRequest("from", "invalid", "from must be a date yyyy-MM-dd");
        }

        if (!TryParseDate(to, today, out var last))
        {
            return ApiError.BadRequest("to", "invalid", "to must be a date yyyy-MM-dd");
        }

        if (last < first)
        {
            return ApiError.BadRequest("to", "invalid", "to must not be before from");
        }

        if (last.DayNumber - first.DayNumber >= MaxAgentDays)
        {
            return ApiError.BadRequest("to", "too-long", $"a report spans at most {MaxAgentDays} days");
        }

        var live = await grains.GetGrain<IAgentGrain>(id).GetSnapshot();
        var stored = await history.AgentDaysAsync(id, first, last);
        var liveParts = stored.Where(d => !d.Late).ToDictionary(d => d.Day);
        if (live is not null && today >= first && today <= last)
        {
            // Today's live part comes from the agent itself, counted up to now; the store's copy may be half a minute old.
            var day = live.Today;
            liveParts[today] = new AgentDayRecord(id, live.TeamId, new AgentDayTotals(
                today, day.Calls, day.TalkSeconds, day.HoldSeconds, day.WrapUpSeconds, day.NotReadySeconds, day.LoggedInSeconds, day.NotReadyByReason ?? []));
        }

        var days = AgentDayRecord.Combine(liveParts.Values.Concat(stored.Where(d => d.Late)));
        if (live is null && days.Length == 0)
        {
            return ApiError.NotFound("id", $"no agent '{id}' on the floor or in its history");
        }

        var team = live?.TeamId ?? days.LastOrDefault()?.TeamId;
        if (!access.MaySeeAgent(http.User, id, team))
        {
            return ApiError.Forbidden("id", $"agent '{id}' is outside your scope");
        }

        return Csv(AgentDayTable(days), $"{id}-days-{first:yyyyMMdd}-{last:yyyyMMdd}.csv");
    }

    /// <summary>One row a day; one not-ready column per reason any of the days has ("" is a not-ready without a reason).</summary>
    public static CsvTable AgentDayTable(IReadOnlyList<AgentDayRecord> days)
    {
        var reasons = days.SelectMany(d => d.Totals.NotReadyByReason.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var header = new[] { "agent", "team", "date", "calls", "talk_seconds", "hold_seconds", "wrap_up_seconds", "not_ready_seconds", "logged_in_seconds", "occupancy" }
            .Concat(reasons.Select(r => r.Length == 0 ? "not_ready_seconds:(none)" : $"not_ready_seconds:{r}"));
        var table = new CsvTable(header.ToArray());
        foreach (var (agent, team, d, _) in days)
        {
            CsvTable.Cell[] figures =
            [
                CsvTable.Text(agent), CsvTable.Text(team), CsvTable.Date(d.Day), CsvTable.Number(d.Calls),
                CsvTable.Number(d.TalkSeconds), CsvTable.Number(d.HoldSeconds), CsvTable.Number(d.WrapUpSeconds),
                CsvTable.Number(d.NotReadySeconds), CsvTable.Number(d.LoggedInSeconds), CsvTable.Number(d.Occupancy, "0.####"),
            ];
            table.Row([.. figures, .. reasons.Select(r => CsvTable.Number(d.NotReadyByReason.GetValueOrDefault(r)))]);
        }

        return table;
    }

    private static bool TryParseDate(string? text, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        return string.IsNullOrEmpty(text) || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private static FileContentHttpResult Csv(CsvTable table, string fileName) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(table.ToString()), "text/csv; charset=utf-8", fileName);
}
