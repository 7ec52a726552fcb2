using ContactCenter.Testing;
using System.Diagnostics;
using ContactCenter.Bench.Throughput;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using System.Text.Json;

namespace ContactCenter.Bench.Live;

/// <summary>
/// The events whose arrival is timed, each under an id starting "probe-" so a client knows it:
/// a call entering a queue, an agent logging in to a team, or a logged-in agent logging out, each
/// posted on its own, its clock started as the post starts. An alert probe is a call put on hold
/// so that the long-hold warning threshold falls a moment after the post; its clock starts at that
/// threshold. The caller says who should see each probe: <c>start(probe, timestamp)</c> runs
/// before the post.
/// </summary>
public sealed class LiveProbes(HttpClient http, LatencyRecorder alerts, string run)
{
    public const string ProbeQueue = "qprobe";
    public const string ProbeTeam = "tprobe";
    public const int LongHoldWarningSeconds = 60;
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(1.5);
    private int next;

    /// <summary>Which probe a change on the hub (as JSON) reports, if any: a probe call's or agent's row, or a long-hold alert on an alert probe's call.</summary>
    public static string? ProbeOf(JsonElement change)
    {
        if (change.TryGetProperty("itemId", out var item) && item.GetString() is { } id && id.StartsWith("probe-", StringComparison.Ordinal))
        {
            return id;
        }

        return change.TryGetProperty("alert", out var alert) && alert.ValueKind == JsonValueKind.Object
            && alert.TryGetProperty("rule", out var rule) && rule.GetString() == nameof(AlertRule.LongHold)
            && alert.TryGetProperty("callId", out var call) && call.GetString() is { } callId && callId.StartsWith("aprobe-", StringComparison.Ordinal)
            ? callId
            : null;
    }

    /// <summary>Agents for <see cref="PostLogoutProbesAsync"/>, logged in with the floor before anyone watches.</summary>
    public static FloorEvent[] ProbeAgents(string run, int count, DateTimeOffset at) =>
    [
        .. Enumerable.Range(0, count).Select(i => ProbeAgentId(run, i)).Select(agent =>
            new FloorEvent($"{agent}-in", FloorEventType.AgentLoggedIn, at, AgentId: agent, Name: agent, TeamId: ProbeTeam, Queues: [ProbeQueue])),
    ];

    public static string ProbeAgentId(string run, int index) => $"probe-{run}-pa{index}";

    public async Task PostCallProbeAsync(string queueId, Action<string, long> start)
    {
        var call = $"probe-{run}-{Interlocked.Increment(ref next)}";
        await PostAsync(
            [new FloorEvent($"{call}-q", FloorEventType.CallQueued, DateTimeOffset.UtcNow, CallId: call, QueueId: queueId)],
            () => start(call, Stopwatch.GetTimestamp()));
    }

    public async Task PostAgentProbeAsync(string teamId, string queueId, Action<string, long> start)
    {
        var agent = $"probe-{run}-{Interlocked.Increment(ref next)}";
        await PostAsync(
            [new FloorEvent($"{agent}-in", FloorEventType.AgentLoggedIn, DateTimeOffset.UtcNow, AgentId: agent, Name: agent, TeamId: teamId, Queues: [queueId])],
            () => start(agent, Stopwatch.GetTimestamp()));
    }

    /// <summary>Agents of <see cref="ProbeAgents"/> logging out, in one post: each reaches its own agent's screen.</summary>
    public async Task PostLogoutProbesAsync(IReadOnlyList<string> agents, Action<string, long> start)
    {
        var now = DateTimeOffset.UtcNow;
        await PostAsync(
            [.. agents.Select(agent => new FloorEvent($"{agent}-out", FloorEventType.AgentLoggedOut, now, AgentId: agent))],
            () =>
            {
                var stamp = Stopwatch.GetTimestamp();
                foreach (var agent in agents)
                {
                    start(agent, stamp);
                }
            });
    }

    /// <summary>An agent on a call held since just under the threshold ago: the server's own rule timer raises the alert.</summary>
    public async Task PostAlertProbeAsync()
    {
        var n = Interlocked.Increment(ref next);
        var (agent, call) = ($"aprobe-a{run}-{n}", $"aprobe-{run}-{n}");
        var now = DateTimeOffset.UtcNow;
        var stamp = Stopwatch.GetTimestamp();
        var heldAt = now - TimeSpan.FromSeconds(LongHoldWarningSeconds) + Lead;
        FloorEvent[] scenario =
        [
            new($"{agent}-in", FloorEventType.AgentLoggedIn, heldAt.AddSeconds(-20), AgentId: agent, Name: agent, TeamId: ProbeTeam, Queues: ["qalert"]),
            new($"{call}-q", FloorEventType.CallQueued, heldAt.AddSeconds(-15), CallId: call, QueueId: "qalert"),
            new($"{call}-o", FloorEventType.CallOffered, heldAt.AddSeconds(-14), CallId: call, AgentId: agent),
            new($"{call}-a", FloorEventType.CallAnswered, heldAt.AddSeconds(-12), CallId: call, AgentId: agent),
            new($"{call}-h", FloorEventType.CallHeld, heldAt, CallId: call),
        ];
        var crossing = heldAt + TimeSpan.FromSeconds(LongHoldWarningSeconds);
        await PostAsync(scenario, () => alerts.Start(call, stamp + (long)((crossing - now).TotalSeconds * Stopwatch.Frequency), audience: 1));
    }

    private async Task PostAsync(FloorEvent[] events, Action start)
    {
        using var content = EventWire.Content(EventWire.Batch(events));
        start();
        using var response = await http.PostAsync("/api/events", content);
        response.EnsureSuccessStatusCode();
    }
}
