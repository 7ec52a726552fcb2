using System.Globalization;
using ContactCenter.Contracts.Audit;
using ContactCenter.Domain.History;
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

    private static async Task<Results<Ok<AuditEntry[]>, JsonHttpResult<ApiError>>> GetDayAsync(string? date, IFloorHistory history, TimeProvider clock)
    {
        var text = date ?? AuditTrail.DayKey(clock.GetUtcNow());
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ApiError.BadRequest("date", "invalid", "date must be yyyy-MM-dd (UTC)");
        }

        return TypedResults.Ok(await history.AuditOfDayAsync(day));
    }
}
