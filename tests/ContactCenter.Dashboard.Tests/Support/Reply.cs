using System.Net;
using System.Text.Json;

namespace ContactCenter.Dashboard.Tests.Support;

/// <summary>A response read whole: its status, its raw text and, when it is JSON, the parsed body.</summary>
public sealed record Reply(HttpStatusCode Status, string Raw, string? MediaType)
{
    private JsonElement? body;

    public JsonElement Body => body ??= Parse();

    public static async Task<Reply> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var raw = await response.Content.ReadAsStringAsync();
            return new Reply(response.StatusCode, raw, response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>A string property of the body, or null when it is absent or null.</summary>
    public string? Text(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public override string ToString() => $"{(int)Status} {Status}: {(Raw.Length > 2000 ? Raw[..2000] + "..." : Raw)}";

    private JsonElement Parse()
    {
        try
        {
            using var document = JsonDocument.Parse(Raw);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"the body is not JSON ({e.Message}): {this}");
        }
    }
}
