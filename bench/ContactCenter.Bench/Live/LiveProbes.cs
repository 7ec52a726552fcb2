using ContactCenter.Testing;
using System.Diagnostics;
using ContactCenter.Bench.Throughput;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Bench.Live;

/// <summary>
/// The events whose arrival is timed. An event probe is a call entering the probe queue, posted on
/// its own; its clock starts as the post starts. An alert probe is a call put on hold so that the
/// long-hold warning threshold falls a moment after the post; its clock starts at that threshold.
/// </summary>
public sealed class LiveProbes(HttpClient http, LatencyRecorder events, LatencyRecorder alerts, string run)
{
    public const string ProbeQueue = "qprobe";
    public const int LongHoldWarningSeconds = 60;
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(1.5);
    private int next;

    /// <summary>Which probe a change on the hub reports, if any.</summary>
    public static string? ProbeOf(LiveChange change) => change switch
    {
        { Kind: LiveChangeKind.Call, ItemId: var call } when call.StartsWith("probe-", StringComparison.Ordinal) => call,
        { Kind: LiveChangeKind.Alert, Alert: { Rule: AlertRule.LongHold, CallId: { } call } } when call.StartsWith("aprobe-", StringComparison.Ordinal) => call,
        _ => null,
    };

    public async Task PostEventProbeAsync()
    {
        var call = $"probe-{run}-{Interlocked.Increment(ref next)}";
        var body = EventWire.Batch([new FloorEvent($"{call}-q", FloorEventType.CallQueued, DateTimeOffset.UtcNow, CallId: call, QueueId: ProbeQueue)]);
        events.Start(call, Stopwatch.GetTimestamp());
        await PostAsync(body);
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
            new($"{agent}-in", FloorEventType.AgentLoggedIn, heldAt.AddSeconds(-20), AgentId: agent, Name: agent, TeamId: "tprobe", Queues: ["qalert"]),
            new($"{call}-q", FloorEventType.CallQueued, heldAt.AddSeconds(-15), CallId: call, QueueId: "qalert"),
            new($"{call}-o", FloorEventType.CallOffered, heldAt.AddSeconds(-14), CallId: call, AgentId: agent),
            new($"{call}-a", FloorEventType.CallAnswered, heldAt.AddSeconds(-12), CallId: call, AgentId: agent),
            new($"{call}-h", FloorEventType.CallHeld, heldAt, CallId: call),
        ];
        var crossing = heldAt + TimeSpan.FromSeconds(LongHoldWarningSeconds);
        alerts.Start(call, stamp + (long)((crossing - now).TotalSeconds * Stopwatch.Frequency));
        await PostAsync(EventWire.Batch(scenario));
    }

    private async Task PostAsync(byte[] body)
    {
        using var content = EventWire.Content(body);
        using var response = await http.PostAsync("/api/events", content);
        response.EnsureSuccessStatusCode();
    }
}
