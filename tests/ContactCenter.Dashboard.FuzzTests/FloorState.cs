using System.Globalization;
using System.Text.Json;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// The floor state of a scenario's queues, agents and calls as the read API shows it, flattened to
/// "subject.field" = value so two apps (or an app and the scenario's model) compare field by field.
/// Running clocks are left out: only what the events alone decide is read.
/// </summary>
public static class FloorState
{
    private static readonly string[] QueueTotals =
    [
        "offered", "answered", "abandoned", "shortAbandoned", "answeredWithinThreshold", "abandonedAfterThreshold", "completed", "dialed",
        "totalWaitSeconds", "totalHandleSeconds",
    ];

    public static async Task<SortedDictionary<string, string>> ReadAsync(HttpClient client, Scenario scenario)
    {
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var from = Floor15(scenario.Start).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var to = Floor15(DateTimeOffset.UtcNow).AddMinutes(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var queue in scenario.Queues)
        {
            var totals = await GetAsync(client, $"/api/queues/{queue}/stats?from={from}&to={to}", state, queue);
            if (totals?.GetProperty("totals") is { } t)
            {
                foreach (var name in QueueTotals)
                {
                    state[$"{queue}.{name}"] = Text(t.GetProperty(name));
                }
            }
        }

        foreach (var agentId in scenario.Agents.Keys)
        {
            if (await GetAsync(client, $"/api/agents/{agentId}", state, agentId) is { } a)
            {
                state[$"{agentId}.state"] = Text(a.GetProperty("state"));
                state[$"{agentId}.today.calls"] = Text(a.GetProperty("today").GetProperty("calls"));
                state[$"{agentId}.currentCallId"] = Text(a.GetProperty("currentCallId"));
                state[$"{agentId}.teamId"] = Text(a.GetProperty("teamId"));
                state[$"{agentId}.queues"] = string.Join(",", a.GetProperty("queues").EnumerateArray().Select(Text).Order(StringComparer.Ordinal));
            }
        }

        foreach (var callId in scenario.Calls.Keys)
        {
            if (await GetAsync(client, $"/api/calls/{callId}", state, callId) is not { } c)
            {
                continue;
            }

            var callState = Text(c.GetProperty("state"));
            state[$"{callId}.state"] = callState;
            foreach (var name in new[] { "holdCount", "transferCount", "queueId", "agentId", "disposition" })
            {
                state[$"{callId}.{name}"] = Text(c.GetProperty(name));
            }

            if (callState is not ("queued" or "ringing"))
            {
                state[$"{callId}.waitSeconds"] = Text(c.GetProperty("waitSeconds"));
            }

            if (callState is "ended" or "abandoned")
            {
                state[$"{callId}.talkSeconds"] = Text(c.GetProperty("talkSeconds"));
                state[$"{callId}.holdSeconds"] = Text(c.GetProperty("holdSeconds"));
                state[$"{callId}.ringSeconds"] = Text(c.GetProperty("ringSeconds"));
            }
        }

        return state;
    }

    /// <summary>The fields on which two states differ, as lines "key: a | b".</summary>
    public static List<string> Differences(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Keys.Union(b.Keys)
            .Order(StringComparer.Ordinal)
            .Where(k => !a.TryGetValue(k, out var x) || !b.TryGetValue(k, out var y) || x != y)
            .Select(k => $"{k}: {(a.TryGetValue(k, out var x) ? x : "(absent)")} | {(b.TryGetValue(k, out var y) ? y : "(absent)")}")
            .ToList();

    private static DateTimeOffset Floor15(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute / 15 * 15, 0, TimeSpan.Zero);
    }

    private static async Task<JsonElement?> GetAsync(HttpClient client, string path, IDictionary<string, string> state, string subject)
    {
        var outcome = await client.ReadAsync(path);
        if (outcome.Code != 200)
        {
            state[$"{subject}.read"] = outcome.TimedOut ? "timed out" : outcome.Code.ToString(CultureInfo.InvariantCulture);
            return null;
        }

        using var document = JsonDocument.Parse(outcome.Body);
        return document.RootElement.Clone();
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => Math.Round(value.GetDouble(), 3).ToString("0.###", CultureInfo.InvariantCulture),
        JsonValueKind.Null => "null",
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
