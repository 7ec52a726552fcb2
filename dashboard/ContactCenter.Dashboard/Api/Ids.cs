using ContactCenter.Contracts.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Dashboard.Api;

/// <summary>Ids in URLs and commands have the floor's id shape (<see cref="FloorIds"/>; the event API enforces the same).</summary>
public static class Ids
{
    public static bool IsValid(string? id) => FloorIds.IsValid(id);

    public static JsonHttpResult<ApiError>? Check(string id, string field = "id") =>
        IsValid(id) ? null : ApiError.BadRequest(field, "invalid", $"{field} must be 1 to {FloorIds.MaxLength} of A-Z, a-z, 0-9, '.', '_' or '-'");
}
