using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Security;

namespace ContactCenter.Dashboard.Api;

/// <summary>An agent raising and lowering their hand from their own screen.</summary>
public static class AssistanceEndpoints
{
    public const int MaxReasonLength = 256;

    public sealed record RaiseHand(string? Reason, string? CallId);

    public static IEndpointRouteBuilder MapAssistanceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/agents/{id}/assistance", async (string id, HttpContext http, IGrainFactory grains, FloorAccess access) =>
        {
            if (Ids.Check(id) is { } badId)
            {
                return badId;
            }

            if (!access.IsAgent(http.User, id))
            {
                return FloorAccess.Forbidden("id", "an agent raises only their own hand");
            }

            var (body, error) = await RequestBody.ReadAsync<RaiseHand>(http.Request);
            if (error is not null)
            {
                return error;
            }

            if (string.IsNullOrWhiteSpace(body!.Reason))
            {
                return ApiError.BadRequest("reason", "required", "reason is required: why the agent needs help");
            }

            if (body.Reason.Length > MaxReasonLength)
            {
                return ApiError.BadRequest("reason", "too-long", $"reason is at most {MaxReasonLength} characters");
            }

            if (body.CallId is not null && Ids.Check(body.CallId, "callId") is { } badCall)
            {
                return badCall;
            }

            var agent = grains.GetGrain<IAgentGrain>(id);
            var known = await agent.GetSnapshot();
            if (known is null)
            {
                return ApiError.NotFound("id", $"no agent '{id}' on the floor");
            }

            if (body.CallId is not null && body.CallId != known.CurrentCallId)
            {
                return Results.Json(new ApiError("callId", "not-on-call", $"agent '{id}' is not on call '{body.CallId}'"), statusCode: StatusCodes.Status409Conflict);
            }

            return Results.Ok(await agent.RaiseHand(body.Reason.Trim(), body.CallId, id));
        }).RequireAuthorization(FloorPolicies.Agent).Produces<AgentSnapshot>();

        app.MapDelete("/api/agents/{id}/assistance", async (string id, IGrainFactory grains, HttpContext http, FloorAccess access) =>
        {
            if (Ids.Check(id) is { } badId)
            {
                return badId;
            }

            if (!access.IsAgent(http.User, id))
            {
                return FloorAccess.Forbidden("id", "an agent lowers only their own hand");
            }

            var agent = grains.GetGrain<IAgentGrain>(id);
            return await agent.GetSnapshot() is null
                ? ApiError.NotFound("id", $"no agent '{id}' on the floor")
                : Results.Ok(await agent.LowerHand(id));
        }).RequireAuthorization(FloorPolicies.Agent).Produces<AgentSnapshot>();
        return app;
    }
}
