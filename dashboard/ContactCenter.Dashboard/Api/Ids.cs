using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.RegularExpressions;

namespace ContactCenter.Dashboard.Api;

/// <summary>The shape every call, agent, queue and team id has on the wire (the event API enforces the same).</summary>
public static partial class Ids
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    public static JsonHttpResult<ApiError>? Check(string id, string field = "id") =>
        IsValid(id) ? null : ApiError.BadRequest(field, "invalid", $"{field} must be 1 to 64 of A-Z, a-z, 0-9, '.', '_' or '-'");

    // \z, not $: "$" also matches before a final newline.
    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}\\z")]
    private static partial Regex Pattern();
}
