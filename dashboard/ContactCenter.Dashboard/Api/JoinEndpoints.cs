using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Supervisor joins for the telephony side: a connector reads the joins waiting for it, puts the
/// supervisor on each call, and says so. A join stays listed until then, across restarts and
/// failovers, so a connector that was away executes what it missed.
/// </summary>
public static class JoinEndpoints
{
    public static IEndpointRouteBuilder MapJoinApi(this IEndpointRouteBuilder app)
    {
        var joins = app.MapGroup("/api/connectors/joins").RequireAuthorization(FloorPolicies.Ingest);
        joins.MapGet("", PendingAsync)
            .WithName("PendingJoins")
            .WithSummary("Supervisor joins not yet executed by a connector, oldest first.");
        joins.MapPost("/{commandId}/done", DoneAsync)
            .WithName("JoinDone")
            .WithSummary("Marks a join executed: it leaves the list. Repeating it is harmless.");
        return app;
    }

    private static async Task<Ok<JoinCommand[]>> PendingAsync(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IJoinOutboxGrain>(0).Pending());

    private static async Task<Results<NoContent, JsonHttpResult<ApiError>>> DoneAsync(string commandId, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(commandId) || commandId.Length > 200)
        {
            return ApiError.BadRequest("commandId", "invalid", "commandId must be 1 to 200 characters");
        }

        return await grains.GetGrain<IJoinOutboxGrain>(0).Done(commandId)
            ? TypedResults.NoContent()
            : ApiError.NotFound("commandId", $"no join '{commandId}' is waiting or was executed in the last hour");
    }
}
