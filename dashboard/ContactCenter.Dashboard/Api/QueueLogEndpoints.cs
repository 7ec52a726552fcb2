using System.Text;
using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Api;

/// <summary>One refused queue_log line: its number in the body, the field at fault and why.</summary>
public sealed record QueueLogRejection(int Line, string Field, string Reason);

/// <summary>
/// What a posted queue_log did: lines read, events accepted and recognised as repeats, lines
/// skipped (events the floor has no use for, counted), and the lines refused (the first
/// <see cref="QueueLogEndpoints.RejectionsListed"/> listed, all counted).
/// </summary>
public sealed record QueueLogResponse(int Lines, int Accepted, int Duplicates, int Skipped, int RejectedCount, IReadOnlyList<QueueLogRejection> Rejected);

/// <summary>
/// POST /api/connectors/queue-log: Asterisk's queue_log as the file has it (text/plain, a line an
/// event), of any size: read as it streams and applied in batches, so a past day replayed after an
/// outage is posted whole. Event ids come from the lines, so posting a log twice changes nothing.
/// </summary>
public static class QueueLogEndpoints
{
    public const int RejectionsListed = 1000;
    private const int BatchSize = 500;

    public static IEndpointRouteBuilder MapQueueLogApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/connectors/queue-log", PostAsync)
            .WithName("PostQueueLog")
            .RequireAuthorization(FloorPolicies.Ingest)
            .RequireRateLimiting(SecurityHosting.ConnectorRateLimit)
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

        var run = new Run(sink, new QueueLogAgents(options.CurrentValue.Agents), clock.GetUtcNow() + EventsEndpoints.MaxClockSkew, http.RequestAborted);
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        await foreach (var (entry, problem) in QueueLogParser.ReadAsync(reader))
        {
            await run.TakeAsync(entry, problem);
        }

        await run.FlushAsync();
        metrics.Record(run.Accepted, run.Duplicates, run.RejectedCount);
        return Results.Ok(new QueueLogResponse(run.Lines, run.Accepted, run.Duplicates, run.Skipped, run.RejectedCount, run.Rejected));
    }

    /// <summary>One posted log being applied: events gathered into batches, each event remembering its line.</summary>
    private sealed class Run(IEventSink sink, QueueLogAgents agents, DateTimeOffset latest, CancellationToken cancellation)
    {
        private readonly List<FloorEvent> batch = new(BatchSize);
        private readonly List<int> batchLines = new(BatchSize);

        public int Lines { get; private set; }

        public int Accepted { get; private set; }

        public int Duplicates { get; private set; }

        public int Skipped { get; private set; }

        public int RejectedCount { get; private set; }

        public List<QueueLogRejection> Rejected { get; } = [];

        public async Task TakeAsync(QueueLogEntry? entry, QueueLogProblem? problem)
        {
            Lines++;
            if (problem is not null || entry is null)
            {
                Reject(problem!.Line, problem.Field, problem.Reason);
                return;
            }

            if (entry.At > latest)
            {
                Reject(entry.Line, "epoch", $"the time is more than {EventsEndpoints.MaxClockSkew.TotalMinutes:0} minutes ahead of the floor's clock");
                return;
            }

            var mapped = QueueLogEvents.Map(entry, agents);
            if (mapped.Problem is { } refused)
            {
                Reject(refused.Line, refused.Field, refused.Reason);
                return;
            }

            if (mapped.Skipped)
            {
                Skipped++;
                return;
            }

            foreach (var e in mapped.Events)
            {
                batch.Add(e);
                batchLines.Add(entry.Line);
            }

            if (batch.Count >= BatchSize)
            {
                await FlushAsync();
            }
        }

        public async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var applied = await sink.IngestAsync([.. batch], cancellation);
            Accepted += applied.Accepted;
            Duplicates += applied.Duplicates;
            foreach (var refusal in applied.Rejected)
            {
                Reject(batchLines[refusal.Index], refusal.Field, refusal.Detail ?? refusal.Reason);
            }

            batch.Clear();
            batchLines.Clear();
        }

        private void Reject(int line, string field, string reason)
        {
            RejectedCount++;
            if (Rejected.Count < RejectionsListed)
            {
                Rejected.Add(new QueueLogRejection(line, field, reason));
            }
        }
    }
}
