using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Dashboard.Api;

/// <summary>Every refusal of the API: the field at fault, a short machine reason and a sentence for people.</summary>
public sealed record ApiError(string Field, string Reason, string Detail)
{
    public static JsonHttpResult<ApiError> BadRequest(string field, string reason, string detail) => Status(StatusCodes.Status400BadRequest, field, reason, detail);

    public static JsonHttpResult<ApiError> NotFound(string field, string detail) => Status(StatusCodes.Status404NotFound, field, "not-found", detail);

    public static JsonHttpResult<ApiError> Forbidden(string field, string detail) => Status(StatusCodes.Status403Forbidden, field, "forbidden", detail);

    public static JsonHttpResult<ApiError> Status(int status, string field, string reason, string detail) =>
        TypedResults.Json(new ApiError(field, reason, detail), statusCode: status);
}
