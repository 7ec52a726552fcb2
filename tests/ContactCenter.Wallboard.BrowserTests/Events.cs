using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ContactCenter.Wallboard.BrowserTests;

/// <summary>
/// Posts wire events through the real API, as a telephony connector would: the fixture's client
/// carries the connector key. Agents and calls a supervisor must see go to team t1 and queue q1
/// (<see cref="InScope"/>), each with fresh ids.
/// </summary>
public static class Events
{
    public static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    public static async Task PostAsync(this HttpClient http, params JsonObject[] events)
    {
        var response = await http.PostAsJsonAsync("/api/events", new JsonArray([.. events]));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode && body.Contains("\"rejected\":[]"), $"events refused: {body}");
    }

    public static JsonObject Event(string type, DateTimeOffset at, params (string Name, JsonNode? Value)[] fields)
    {
        var e = new JsonObject
        {
            ["eventId"] = Guid.NewGuid().ToString("N"),
            ["type"] = type,
            ["at"] = at.ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in fields)
        {
            e[name] = value;
        }

        return e;
    }

    /// <summary>An agent of sam's and kim's team, serving their queue.</summary>
    public static JsonObject InScope(string agent, DateTimeOffset at) => LoggedIn(agent, WallboardFixture.Team, WallboardFixture.Queue, at);

    public static JsonObject LoggedIn(string agent, string team, string queue, DateTimeOffset at) =>
        Event("AgentLoggedIn", at, ("agentId", agent), ("name", $"Agent {agent}"), ("teamId", team), ("queues", new JsonArray(queue)));

    public static JsonObject Queued(string call, string queue, DateTimeOffset at) =>
        Event("CallQueued", at, ("callId", call), ("queueId", queue), ("callerNumber", "+44 20 7946 0123"), ("customerTier", "regular"));

    public static JsonObject Answered(string call, string agent, DateTimeOffset at) => Event("CallAnswered", at, ("callId", call), ("agentId", agent));

    public static JsonObject Held(string call, DateTimeOffset at) => Event("CallHeld", at, ("callId", call));

    public static JsonObject Abandoned(string call, DateTimeOffset at) => Event("CallAbandoned", at, ("callId", call));
}
