using ContactCenter.Contracts.Audit;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Api;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// GET /api/calls/{id}/caller-number: every other payload masks the caller's number; this one
/// reveals it whole to the roles configuration names (none by default, never an agent), and the
/// reveal is audited like any supervisor action.
/// </summary>
public static class CallerNumberEndpoints
{
    public sealed record CallerNumber(string CallId, string? Number);

    public static IEndpointRouteBuilder MapCallerNumberApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/calls/{id}/caller-number", async (string id, HttpContext http, IGrainFactory grains, IOptions<SecurityOptions> options, TimeProvider clock) =>
        {
            if (Ids.Check(id) is { } badId)
            {
                return badId;
            }

            var user = http.User;
            var allowed = options.Value.Enabled
                && user.Identity?.IsAuthenticated == true
                && !user.IsInRole(FloorRoles.Agent)
                && options.Value.UnmaskedRoles.Any(user.IsInRole);
            if (!allowed)
            {
                return FloorAccess.Forbidden("id", "caller numbers are shown masked to your role");
            }

            var call = grains.GetGrain<ICallGrain>(id);
            if (await call.GetSnapshot() is null)
            {
                return ApiError.NotFound("id", $"no call '{id}'");
            }

            var number = await call.GetWholeCallerNumber();
            await AuditTrail.AppendAsync(grains, new AuditEntry(clock.GetUtcNow(), user.Identity!.Name ?? "unknown", "caller-number-revealed", "call", id, null, http.Connection.RemoteIpAddress?.ToString()));
            return Results.Ok(new CallerNumber(id, number));
        }).RequireAuthorization(FloorPolicies.ReadFloor).Produces<CallerNumber>();
        return app;
    }
}
