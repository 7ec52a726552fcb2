namespace ContactCenter.Dashboard.Api;

/// <summary>Every refusal of the API: the field at fault, a short machine reason and a sentence for people.</summary>
public sealed record ApiError(string Field, string Reason, string Detail)
{
    public static IResult BadRequest(string field, string reason, string detail) => Results.Json(new ApiError(field, reason, detail), statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string field, string detail) => Results.Json(new ApiError(field, "not-found", detail), statusCode: StatusCodes.Status404NotFound);
}
