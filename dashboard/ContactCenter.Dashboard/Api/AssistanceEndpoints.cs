using ContactCenter.Contracts.Floor;
using ContactCenter.Dashboard.Commands;
using ContactCenter.Dashboard.Components.Actions;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// An agent raising and lowering their hand from their own screen or desktop. Both go through
/// <see cref="AssistanceCommandHandler"/>, the path the agent's page takes too.
/// </summary>
public static class AssistanceEndpoints
{
    public const int MaxReasonLength = 256;

    public sealed record RaiseHand(string? Reason, string? CallId);

    public static IEndpointRouteBuilder MapAssistanceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/agents/{id}/assistance", RaiseHandAsync).RequireAuthorization(FloorPolicies.Agent);
        app.MapDelete("/api/agents/{id}/assistance", LowerHandAsync).RequireAuthorization(FloorPolicies.Agent);
        return app;
    }

    private static async Task<Results<Ok<AgentSnapshot>, JsonHttpResult<ApiError>>> RaiseHandAsync(string id, HttpContext http, AssistanceCommandHandler commands, FloorAccess access)
    {
        if (CheckAgent(id, http, access, "raises") is { } refused)
        {
            return refused;
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

        return Reply(id, await commands.RaiseHandAsync(id, body.Reason.Trim(), body.CallId), body.CallId);
    }

    private static async Task<Results<Ok<AgentSnapshot>, JsonHttpResult<ApiError>>> LowerHandAsync(string id, HttpContext http, AssistanceCommandHandler commands, FloorAccess access)
    {
        if (CheckAgent(id, http, access, "lowers") is { } refused)
        {
            return refused;
        }

        return Reply(id, await commands.LowerHandAsync(id), callId: null);
    }

    /// <summary>A valid id, and the signed-in agent acting as themself.</summary>
    private static JsonHttpResult<ApiError>? CheckAgent(string id, HttpContext http, FloorAccess access, string verb) =>
        Ids.Check(id) ?? (access.IsAgent(http.User, id) ? null : ApiError.Forbidden("id", $"an agent {verb} only their own hand"));

    private static Results<Ok<AgentSnapshot>, JsonHttpResult<ApiError>> Reply(string id, HandResult result, string? callId) => result.Outcome switch
    {
        HandOutcome.Done => TypedResults.Ok(result.Agent!),
        HandOutcome.UnknownAgent => ApiError.NotFound("id", $"no agent '{id}' on the floor"),
        _ => ApiError.Status(StatusCodes.Status409Conflict, "callId", "not-on-call", $"agent '{id}' is not on call '{callId}'"),
    };
}
