using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Api;

/// <summary>Reads a small JSON command body, turning malformed input into a clear 400 instead of an exception.</summary>
public static class RequestBody
{
    public const int MaxBytes = 16 * 1024;

    public static async Task<(T? Value, JsonHttpResult<ApiError>? Error)> ReadAsync<T>(HttpRequest request, bool optional = false)
        where T : class
    {
        if (request.ContentLength is > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return (null, TooLarge());
            }
        }

        if (buffer.Length == 0)
        {
            return optional ? (null, null) : (null, ApiError.BadRequest("body", "required", "a JSON object body is required"));
        }

        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
            return value is null ? (null, ApiError.BadRequest("body", "required", "a JSON object body is required")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return (null, ApiError.BadRequest(field, "invalid", $"the body is not a valid command: {e.Message.Split(" Path:")[0]}"));
        }
    }

    private static JsonHttpResult<ApiError> TooLarge() =>
        ApiError.Status(StatusCodes.Status413PayloadTooLarge, "body", "too-large", $"a command body is at most {MaxBytes} bytes");
}
