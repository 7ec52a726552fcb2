using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactCenter.Dashboard.Tests.Support;

/// <summary>The API as a client sees it: every call returns the whole <see cref="Reply"/>, whatever the status.</summary>
public static class FloorClient
{
    public const string Supervisor = "X-Supervisor";
    public const string Operation = "X-Operation-Id";

    public static Task<Reply> GetReplyAsync(this HttpClient client, string path) => SendAsync(client, HttpMethod.Get, path);

    public static Task<Reply> DeleteReplyAsync(this HttpClient client, string path) => SendAsync(client, HttpMethod.Delete, path);

    public static Task<Reply> PostJsonAsync(this HttpClient client, string path, string? json, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(client, HttpMethod.Post, path, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"), headers);

    public static Task<Reply> PostJsonAsync(this HttpClient client, string path, JsonNode body, IReadOnlyDictionary<string, string>? headers = null) =>
        PostJsonAsync(client, path, body.ToJsonString(), headers);

    public static Task<Reply> PostEventsAsync(this HttpClient client, params JsonObject[] events) =>
        PostJsonAsync(client, "/api/events", new JsonArray([.. events.Select(e => (JsonNode?)e.DeepClone())]));

    /// <summary>Posts events that must all be accepted: setup of a scenario, not the subject of the test.</summary>
    public static async Task GivenAsync(this HttpClient client, params JsonObject[] events)
    {
        var reply = await client.PostEventsAsync(events);
        Assert.True(reply.Status == HttpStatusCode.OK, $"setup batch refused: {reply}");
        Assert.True(reply.Body.GetProperty("rejected").GetArrayLength() == 0, $"setup events rejected: {reply}");
        Assert.Equal(events.Length, reply.Body.GetProperty("accepted").GetInt32());
    }

    /// <summary>POST /api/alerts/{id}/{action} as a supervisor (none: no header).</summary>
    public static Task<Reply> ActAsync(this HttpClient client, string alertId, string action, string? supervisor, string? json = null, string? operationId = null)
    {
        var headers = new Dictionary<string, string>();
        if (supervisor is not null)
        {
            headers[Supervisor] = supervisor;
        }

        if (operationId is not null)
        {
            headers[Operation] = operationId;
        }

        return PostJsonAsync(client, $"/api/alerts/{Uri.EscapeDataString(alertId)}/{action}", json, headers);
    }

    public static Task<Reply> RaiseHandAsync(this HttpClient client, string agentId, string reason, string? callId = null)
    {
        var body = new JsonObject { ["reason"] = reason };
        if (callId is not null)
        {
            body["callId"] = callId;
        }

        return PostJsonAsync(client, $"/api/agents/{Uri.EscapeDataString(agentId)}/assistance", body);
    }

    /// <summary>The alert with this id in GET /api/alerts, if listed.</summary>
    public static async Task<JsonElement?> FindAlertAsync(this HttpClient client, string alertId, string status = "open")
    {
        var reply = await client.GetReplyAsync($"/api/alerts?status={status}");
        Assert.True(reply.Status == HttpStatusCode.OK, $"GET /api/alerts failed: {reply}");
        foreach (var alert in reply.Body.EnumerateArray())
        {
            if (alert.GetProperty("alertId").GetString() == alertId)
            {
                return alert;
            }
        }

        return null;
    }

    /// <summary>A logged-in agent with a raised hand and its alert listed in the inbox: the start of every alert scenario.</summary>
    public static async Task<(string AgentId, string AlertId)> GivenAgentAskingForHelpAsync(this HttpClient client, string reason = "abusive caller")
    {
        var agentId = Wire.NewId("a");
        await client.GivenAsync(Wire.AgentLoggedIn(agentId, Wire.Now().AddMinutes(-5), Wire.NewId("t"), Wire.NewId("q")));
        var raised = await client.RaiseHandAsync(agentId, reason);
        Assert.True(raised.Status == HttpStatusCode.OK, $"raising the hand failed: {raised}");
        var alertId = $"AssistanceRequested:{agentId}:1";
        await Eventually.Get(() => client.FindAlertAsync(alertId), a => a is not null, $"alert {alertId} in the inbox");
        return (agentId, alertId);
    }

    /// <summary>The audit entries about one target, from the UTC days the test ran over.</summary>
    public static async Task<JsonElement[]> AuditOfAsync(this HttpClient client, string targetId, params DateTimeOffset[] during)
    {
        var entries = new List<JsonElement>();
        foreach (var day in during.Select(d => d.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Distinct())
        {
            var reply = await client.GetReplyAsync($"/api/audit?date={day}");
            Assert.True(reply.Status == HttpStatusCode.OK, $"GET /api/audit failed: {reply}");
            entries.AddRange(reply.Body.EnumerateArray().Where(e => e.GetProperty("targetId").GetString() == targetId));
        }

        return [.. entries];
    }

    private static async Task<Reply> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Reply.ReadAsync(await client.SendAsync(request));
    }
}
