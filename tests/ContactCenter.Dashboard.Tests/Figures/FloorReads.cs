using System.Globalization;
using System.Net;
using System.Text.Json;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>What a supervisor reads back through the API after posting a scenario.</summary>
public static class FloorReads
{
    /// <summary>Figures summed over the 15-minute intervals that start in [from, to).</summary>
    public static async Task<JsonElement> StatsAsync(this HttpClient client, string queueId, DateTimeOffset from, DateTimeOffset to)
    {
        var reply = (await client.GetReplyAsync($"/api/queues/{queueId}/stats?from={Stamp(from)}&to={Stamp(to)}")).Status(HttpStatusCode.OK);
        return reply.Body.GetProperty("totals");
    }

    public static async Task<JsonElement> AgentAsync(this HttpClient client, string agentId) =>
        (await client.GetReplyAsync($"/api/agents/{agentId}")).Status(HttpStatusCode.OK).Body;

    public static async Task<JsonElement> AlertAsync(this HttpClient client, string alertId) =>
        (await client.GetReplyAsync($"/api/alerts/{Uri.EscapeDataString(alertId)}")).Status(HttpStatusCode.OK).Body;

    /// <summary>Waits (with a deadline) until the alert exists and satisfies <paramref name="until"/>: grains raise alerts after the request returns.</summary>
    public static Task<JsonElement> AlertWhenAsync(this HttpClient client, string alertId, Func<JsonElement, bool> until, string what) =>
        Eventually.Get(
            async () => await client.GetReplyAsync($"/api/alerts/{Uri.EscapeDataString(alertId)}"),
            reply => reply.Status == HttpStatusCode.OK && until(reply.Body),
            what).ContinueWith(t => t.Result.Body, TaskScheduler.Default);

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();

    public static double? Number(this JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDouble();

    public static string? Str(this JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    private static string Stamp(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
}
