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
            .RequireConnectorRateLimit()
            .WithSummary("Applies a JSON array of floor events; each item is judged on its own.")
            .Produces<IngestResponse>()
            .Produces<BatchRefusal>(StatusCodes.Status400BadRequest)
            .Produces<BatchRefusal>(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext http, IEventSink sink, IOptionsMonitor<EventBatchLimits> limits, IngestionMetrics metrics, TimeProvider clock)
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

        var latest = EventClock.Latest(clock.GetUtcNow());
        var rejected = new List<RejectedEvent>(parsed.Rejected);
        var accepted = new List<ParsedEvent>(parsed.Events.Count);
        foreach (var item in parsed.Events)
        {
            if (item.Event.At > latest)
            {
                rejected.Add(new RejectedEvent(item.Index, item.Event.EventId, "at", "in-the-future", $"at is more than {EventClock.MaxAhead.TotalMinutes:0} minutes ahead of the floor's clock"));
            }
            else
            {
                accepted.Add(item);
            }
        }

        var events = new Contracts.Events.FloorEvent[accepted.Count];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = accepted[i].Event;
        }

        var applied = events.Length == 0 ? new IngestResult(0, 0, []) : await sink.IngestAsync(events, http.RequestAborted);
        foreach (var refusal in applied.Rejected)
        {
            // The sink numbers the events it was given; the client wants its own array's index.
            rejected.Add(refusal with { Index = accepted[refusal.Index].Index });
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
