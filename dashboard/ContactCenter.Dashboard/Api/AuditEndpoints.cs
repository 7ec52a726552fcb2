using System.Globalization;
using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Dashboard.Api;

/// <summary>The audit trail of one day: who did what to which alert or agent, when and from where.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", GetDayAsync).RequireAuthorization(FloorPolicies.Admin)
            .WithSummary("The audit trail of one UTC day (today by default), from the history store, in time order.");
        return app;
    }

    private static async Task<Results<Ok<AuditEntry[]>, JsonHttpResult<ApiError>>> GetDayAsync(string? date, IGrainFactory grains, TimeProvider clock)
    {
        var day = date ?? AuditTrail.DayKey(clock.GetUtcNow());
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ApiError.BadRequest("date", "invalid", "date must be yyyy-MM-dd (UTC)");
        }

        // Through the day's grain: a day stored before the history store moves there on first touch.
        return TypedResults.Ok(await grains.GetGrain<IAuditTrailGrain>(day).GetEntries());
    }
}
