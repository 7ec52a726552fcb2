using ContactCenter.Contracts.Ingestion;
using ContactCenter.Dashboard.Security;
using ContactCenter.Ingestion;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Api;

/// <summary>POST /api/events: the open event API any telephony source feeds.</summary>
public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events", PostAsync)
            .WithName("PostEvents")
            .RequireAuthorization(FloorPolicies.Ingest)
            .RequireRateLimiting(SecurityHosting.ConnectorRateLimit)
            .WithSummary("Applies a JSON array of floor events; each item is judged on its own.")
            .Produces<IngestResponse>()
            .Produces<BatchRefusal>(StatusCodes.Status400BadRequest)
            .Produces<BatchRefusal>(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext http, IFloorEventSink sink, IOptionsMonitor<EventBatchLimits> limits, IngestionMetrics metrics)
    {
        var limit = limits.CurrentValue;
        if (http.Request.ContentLength > limit.MaxBytes)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {limit.MaxBytes} bytes", metrics);
        }

        var parsed = await EventBatchParser.ParseAsync(http.Request.Body, limit, http.RequestAborted);
        if (!parsed.IsSuccess)
        {
            return Refuse(parsed.Error.Status, parsed.Error.Reason, metrics);
        }

        var events = new Contracts.Events.FloorEvent[parsed.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = parsed.Events[i].Event;
        }

        var applied = events.Length == 0 ? new IngestResult(0, 0, []) : await sink.IngestAsync(events, http.RequestAborted);
        var rejected = new List<RejectedEvent>(parsed.Rejected.Count + applied.Rejected.Count);
        rejected.AddRange(parsed.Rejected);
        foreach (var refusal in applied.Rejected)
        {
            // The sink numbers the valid events only; the client wants its own array's index.
            rejected.Add(refusal with { Index = parsed.Events[refusal.Index].Index });
        }

        rejected.Sort((a, b) => a.Index.CompareTo(b.Index));
        metrics.Record(applied.Accepted, applied.Duplicates, rejected.Count);
        return Results.Ok(new IngestResponse(applied.Accepted, applied.Duplicates, rejected));
    }

    private static IResult Refuse(int status, string reason, IngestionMetrics metrics)
    {
        metrics.RecordRefusedBatch(status);
        return Results.Json(new BatchRefusal(reason), statusCode: status);
    }
}
