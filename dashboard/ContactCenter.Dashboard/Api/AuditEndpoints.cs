using System.Globalization;
using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Security;
using ContactCenter.Grains.Audit;

namespace ContactCenter.Dashboard.Api;

/// <summary>The audit trail of one day: who did what to which alert or agent, when and from where.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (string? date, IGrainFactory grains, TimeProvider clock) =>
        {
            var day = date ?? AuditTrail.DayKey(clock.GetUtcNow());
            return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? Results.Ok(await grains.GetGrain<IAuditTrailGrain>(day).GetEntries())
                : ApiError.BadRequest("date", "invalid", "date must be yyyy-MM-dd (UTC)");
        }).RequireAuthorization(FloorPolicies.Admin).Produces<AuditEntry[]>();
        return app;
    }
}
