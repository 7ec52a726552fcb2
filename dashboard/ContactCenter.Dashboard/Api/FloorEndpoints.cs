using System.Globalization;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Security;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Dashboard.Api;

/// <summary>The floor's read side: the whole floor, a queue and its figures, an agent, a call.</summary>
public static class FloorEndpoints
{
    /// <summary>
    /// A figures range may span at most this long (35,136 intervals a queue): any range in the
    /// past is answered, a year at a time, so one request cannot hold a server for minutes.
    /// </summary>
    public static readonly TimeSpan MaxStatsRange = TimeSpan.FromDays(366);

    public static IEndpointRouteBuilder MapFloorApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/floor", GetFloorAsync).RequireAuthorization(FloorPolicies.ReadFloor)
            .WithSummary("The whole floor: queues, teams with their agents, open alerts, today's totals.");
        app.MapGet("/api/queues/{id}", GetQueueAsync).RequireAuthorization(FloorPolicies.ReadFloor)
            .WithSummary("One queue: waiting and connected calls, staffing, today's and this interval's figures, open alerts.");
        app.MapGet("/api/queues/{id}/stats", GetStatsAsync).RequireAuthorization(FloorPolicies.ReadFloor)
            .WithSummary("A queue's figures summed over the 15-minute intervals in [from, to), and the intervals themselves; any range up to 366 days, past ones from the history store.");
        app.MapGet("/api/agents/{id}", GetAgentAsync).RequireAuthorization(FloorPolicies.ReadAgent);
        app.MapGet("/api/calls/{id}", GetCallAsync).RequireAuthorization(FloorPolicies.ReadFloor);
        return app;
    }

    private static async Task<Ok<FloorSnapshot>> GetFloorAsync(FloorReader floor, HttpContext http, FloorAccess access) =>
        TypedResults.Ok(access.Filter(http.User, await floor.ReadAsync()));

    private static async Task<Results<Ok<QueueSnapshot>, JsonHttpResult<ApiError>>> GetQueueAsync(string id, FloorReader floor, HttpContext http, FloorAccess access)
    {
        if ((Ids.Check(id) ?? CheckQueueScope(id, http, access)) is { } refused)
        {
            return refused;
        }

        if (!await floor.QueueExistsAsync(id))
        {
            return ApiError.NotFound("id", $"no queue '{id}' on the floor");
        }

        return TypedResults.Ok(await floor.QueueAsync(id));
    }

    private static async Task<Results<Ok<AgentSnapshot>, JsonHttpResult<ApiError>>> GetAgentAsync(string id, IGrainFactory grains, HttpContext http, FloorAccess access)
    {
        if (Ids.Check(id) is { } badId)
        {
            return badId;
        }

        if (await grains.GetGrain<IAgentGrain>(id).GetSnapshot() is not { } agent)
        {
            return ApiError.NotFound("id", $"no agent '{id}' on the floor");
        }

        return access.MaySeeAgent(http.User, id, agent.TeamId) ? TypedResults.Ok(agent) : ApiError.Forbidden("id", $"agent '{id}' is outside your scope");
    }

    private static async Task<Results<Ok<CallSnapshot>, JsonHttpResult<ApiError>>> GetCallAsync(string id, IGrainFactory grains, HttpContext http, FloorAccess access)
    {
        if (Ids.Check(id) is { } badId)
        {
            return badId;
        }

        if (await grains.GetGrain<ICallGrain>(id).GetSnapshot() is not { } call)
        {
            return ApiError.NotFound("id", $"no call '{id}'");
        }

        return await MaySeeCallAsync(access, http, grains, call) ? TypedResults.Ok(call) : ApiError.Forbidden("id", $"call '{id}' is outside your scope");
    }

    /// <summary>A call of a queue in the caller's scope, or taken by an agent of one of the caller's teams.</summary>
    private static async Task<bool> MaySeeCallAsync(FloorAccess access, HttpContext http, IGrainFactory grains, CallSnapshot call) =>
        access.MaySeeQueue(http.User, call.QueueId)
        || (call.AgentId is { } agent && await grains.GetGrain<IAgentGrain>(agent).GetSnapshot() is { } known && access.MaySeeTeam(http.User, known.TeamId));

    private static JsonHttpResult<ApiError>? CheckQueueScope(string id, HttpContext http, FloorAccess access) =>
        access.MaySeeQueue(http.User, id) ? null : ApiError.Forbidden("id", $"queue '{id}' is outside your scope");

    private static async Task<Results<Ok<QueueStatsReport>, JsonHttpResult<ApiError>>> GetStatsAsync(
        string id, string? from, string? to, FloorReader floor, IGrainFactory grains, TimeProvider clock, FloorSettings settings, HttpContext http, FloorAccess access)
    {
        if ((Ids.Check(id) ?? CheckQueueScope(id, http, access)) is { } refused)
        {
            return refused;
        }

        var (start, end, badRange) = ParseRange(from, to, clock.GetUtcNow(), settings.Calendar);
        if (badRange is not null)
        {
            return badRange;
        }

        if (!await floor.QueueExistsAsync(id))
        {
            return ApiError.NotFound("id", $"no queue '{id}' on the floor");
        }

        return TypedResults.Ok(await grains.GetGrain<IQueueGrain>(id).GetStats(start!.Value, end!.Value));
    }

    /// <summary>A figures range [from, to): today so far by default; checked for form, order and length.</summary>
    public static (DateTimeOffset? Start, DateTimeOffset? End, JsonHttpResult<ApiError>? Error) ParseRange(string? from, string? to, DateTimeOffset now, SiteCalendar calendar)
    {
        if (!TryParseInstant(from, calendar.DayStart(now), out var start))
        {
            return (null, null, ApiError.BadRequest("from", "invalid", "from must be an ISO 8601 time with an offset, e.g. 2026-11-24T08:00:00Z"));
        }

        if (!TryParseInstant(to, calendar.IntervalStart(now).AddMinutes(15), out var end))
        {
            return (null, null, ApiError.BadRequest("to", "invalid", "to must be an ISO 8601 time with an offset, e.g. 2026-11-24T17:00:00Z"));
        }

        if (end <= start)
        {
            return (null, null, ApiError.BadRequest("to", "invalid", "to must be later than from"));
        }

        if (end - start > MaxStatsRange)
        {
            return (null, null, ApiError.BadRequest("to", "too-long", $"a range spans at most {MaxStatsRange.TotalDays:0} days: ask for a year at a time"));
        }

        return (start, end, null);
    }

    /// <summary>ISO 8601 with an explicit offset ("Z" or "+hh:mm"); a local time without one is ambiguous on a floor across zones.</summary>
    public static bool TryParseInstant(string? text, DateTimeOffset fallback, out DateTimeOffset value)
    {
        value = fallback;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        // An unencoded '+' in a query string arrives as a space.
        text = text.Replace(' ', '+');
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
