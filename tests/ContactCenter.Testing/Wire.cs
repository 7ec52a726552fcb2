using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactCenter.Testing;

/// <summary>
/// Events as a telephony source writes them on the wire. Times are relative to the real clock (the app
/// runs on it), ids are unique per test because the silo is shared by the whole collection.
/// </summary>
public static class Wire
{
    public const string CallerNumber = "+44 20 7946 0123";
    public const string MaskedCallerNumber = "****0123";

    public static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Now, to the whole second, so hand-computed durations come out exact.</summary>
    public static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>Whether two instants fall on one UTC day (the site's day in the test profile): "today" figures hold only then.</summary>
    public static bool SameUtcDay(DateTimeOffset a, DateTimeOffset b) => a.UtcDateTime.Date == b.UtcDateTime.Date;

    public static string Time(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    public static JsonObject Event(string type, DateTimeOffset at, string? eventId = null) => new()
    {
        ["eventId"] = eventId ?? NewId("e"),
        ["type"] = type,
        ["at"] = Time(at),
    };

    public static JsonObject CallQueued(string callId, string queueId, DateTimeOffset at, string? callerNumber = CallerNumber, string? tier = null)
    {
        var e = Event("CallQueued", at);
        e["callId"] = callId;
        e["queueId"] = queueId;
        if (callerNumber is not null)
        {
            e["callerNumber"] = callerNumber;
        }

        if (tier is not null)
        {
            e["customerTier"] = tier;
        }

        return e;
    }

    public static JsonObject AgentLoggedIn(string agentId, DateTimeOffset at, string? teamId, params string[] queues)
    {
        var e = Event("AgentLoggedIn", at);
        e["agentId"] = agentId;
        e["name"] = "Agent " + agentId;
        if (teamId is not null)
        {
            e["teamId"] = teamId;
        }

        e["queues"] = new JsonArray([.. queues.Select(q => (JsonNode?)JsonValue.Create(q))]);
        return e;
    }

    public static JsonObject CallOffered(string callId, string agentId, DateTimeOffset at) => WithAgent(Event("CallOffered", at), callId, agentId);

    public static JsonObject CallAnswered(string callId, string agentId, DateTimeOffset at) => WithAgent(Event("CallAnswered", at), callId, agentId);

    public static JsonObject CallHeld(string callId, DateTimeOffset at) => WithCall(Event("CallHeld", at), callId);

    public static JsonObject CallResumed(string callId, DateTimeOffset at) => WithCall(Event("CallResumed", at), callId);

    public static JsonObject CallAbandoned(string callId, DateTimeOffset at) => WithCall(Event("CallAbandoned", at), callId);

    public static JsonObject CallEnded(string callId, DateTimeOffset at, string reason = "completed")
    {
        var e = WithCall(Event("CallEnded", at), callId);
        e["reason"] = reason;
        return e;
    }

    public static JsonObject CallTransferred(string callId, string toQueueId, DateTimeOffset at)
    {
        var e = WithCall(Event("CallTransferred", at), callId);
        e["toQueueId"] = toQueueId;
        return e;
    }

    public static JsonObject AgentStateChanged(string agentId, string state, DateTimeOffset at, string? reason = null)
    {
        var e = Event("AgentStateChanged", at);
        e["agentId"] = agentId;
        e["state"] = state;
        if (reason is not null)
        {
            e["reason"] = reason;
        }

        return e;
    }

    private static JsonObject WithCall(JsonObject e, string callId)
    {
        e["callId"] = callId;
        return e;
    }

    private static JsonObject WithAgent(JsonObject e, string callId, string agentId)
    {
        e["callId"] = callId;
        e["agentId"] = agentId;
        return e;
    }
}
