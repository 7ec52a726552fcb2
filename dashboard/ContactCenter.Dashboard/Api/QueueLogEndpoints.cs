using System.Text;
using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// What a posted queue_log did: lines read, events accepted and recognised as repeats, lines
/// skipped (events the floor has no use for, counted), and the lines refused (the first
/// <see cref="QueueLogBatches.RejectionsListed"/> listed, all counted).
/// </summary>
public sealed record QueueLogResponse(int Lines, int Accepted, int Duplicates, int Skipped, int RejectedCount, IReadOnlyList<QueueLogRejection> Rejected);

/// <summary>
/// POST /api/connectors/queue-log: Asterisk's queue_log as the file has it (text/plain, a line an
/// event), of any size: read as it streams and applied in batches, so a past day replayed after an
/// outage is posted whole. Event ids come from the lines, so posting a log twice changes nothing.
/// </summary>
public static class QueueLogEndpoints
{
    public static IEndpointRouteBuilder MapQueueLogApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/connectors/queue-log", PostAsync)
            .WithName("PostQueueLog")
            .RequireAuthorization(FloorPolicies.Ingest)
            .RequireConnectorRateLimit()
            .WithMetadata(new DisableRequestSizeLimitAttribute())
            .Accepts<string>("text/plain")
            .WithSummary("Applies Asterisk queue_log lines (epoch|callid|queue|agent|EVENT|data...); each line is judged on its own.")
            .Produces<QueueLogResponse>()
            .Produces<ApiError>(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext http, IEventSink sink, IngestionMetrics metrics, TimeProvider clock, IOptionsMonitor<QueueLogOptions> options)
    {
        if (http.Request.ContentType is { } type && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new ApiError("body", "unsupported-media-type", $"send the queue_log as text/plain, not {type}"), statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var run = new QueueLogBatches(sink, new QueueLogAgents(options.CurrentValue.Agents), EventClock.Latest(clock.GetUtcNow()));
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        await foreach (var (entry, problem) in QueueLogParser.ReadAsync(reader))
        {
            await run.TakeAsync(entry, problem, http.RequestAborted);
        }

        await run.FlushAsync(http.RequestAborted);
        metrics.Record(run.Accepted, run.Duplicates, run.RejectedCount);
        return Results.Ok(new QueueLogResponse(run.Lines, run.Accepted, run.Duplicates, run.Skipped, run.RejectedCount, run.Rejected));
    }
}
