using System.Text.Json;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using Microsoft.Extensions.DependencyInjection;
using static ContactCenter.Dashboard.Tests.Connectors.AmiFloor;

namespace ContactCenter.Dashboard.Tests.Connectors;

/// <summary>
/// The AMI connector run by the product from configuration against a small AMI server: AMI alone
/// gives the whole floor, beside the queue_log tail it adds only holds and rings, and joins become
/// one Originate each. Every figure below is computed by hand from the transcript's times
/// (seconds after T0 = 11:50, all in the 11:45 interval; T = 20 s, short abandons within 5 s).
/// </summary>
public sealed class AmiConnectorTests
{
    private const string Queue = "ami-sales";
    private const string Alice = "PJSIP/201";
    private static readonly string Stats = $"/api/queues/{Queue}/stats?from={Uri.EscapeDataString(T0.AddMinutes(-5).ToString("O"))}&to={Uri.EscapeDataString(T0.AddMinutes(10).ToString("O"))}";

    [Fact]
    public async Task AMI_alone_gives_the_hand_computed_floor()
    {
        await using var floor = new AmiFloor();
        await floor.LoggedInAsync();
        const string c1 = "1764000010.1", c2 = "1764000012.2", c3 = "1764000020.3";
        await floor.PushAsync(
            ("QueueMemberAdded", 0, Member()),
            ("QueueCallerJoin", 10, Caller(c1)), ("QueueCallerJoin", 12, Caller(c2)), ("AgentCalled", 13, Agent(c1)),
            ("QueueCallerJoin", 20, Caller(c3)),
            ("QueueCallerLeave", 16, Caller(c1)), ("AgentConnect", 16, [.. Agent(c1), ("HoldTime", "6"), ("RingTime", "3")]),
            ("Hold", 30, AgentLeg(c1)), ("MusicOnHoldStart", 30, Caller(c1)),
            ("QueueCallerAbandon", 40, [.. Caller(c2), ("HoldTime", "28")]), ("QueueCallerLeave", 40, Caller(c2)), ("Hangup", 40, Caller(c2)),
            ("Unhold", 45, AgentLeg(c1)), ("MusicOnHoldStop", 45, Caller(c1)),
            ("QueueCallerLeave", 50, Caller(c3)), ("Hangup", 55, Caller(c3)),
            ("AgentComplete", 70, [.. Agent(c1), ("Reason", "caller"), ("HoldTime", "6"), ("TalkTime", "54")]), ("Hangup", 70, Caller(c1)), ("Hangup", 70, AgentLeg(c1)),
            ("QueueMemberPause", 80, [.. Member(paused: true), ("PausedReason", "lunch")]),
            ("QueueMemberPause", 140, Member()));

        // c1 waits 6 s (answered within T), talks 16 s to 70 s with a hold 30 s to 45 s: handle 54 s.
        // c2 gives up after 28 s: abandoned after T. c3 leaves at 50 s unanswered and hangs up: overflowed.
        // offered 3; SL 1 / (1 answered + 1 abandoned after T) = 0.5; ASA 6; abandon rate 1 / 3; AHT 54.
        // Waits for every count, not one or two of them: the queue's figures arrive a batch at a time.
        var totals = (await floor.UntilAsync(Stats, s => Counts(s.GetProperty("totals")) == (3, 1, 1, 1, 1, 0, 1, 0, 1), "the transcript's calls")).GetProperty("totals");
        Assert.Equal((3, 1, 1, 1, 1, 0, 1, 0, 1), Counts(totals));
        Assert.Equal((0.5, 6.0, 0.333333333, 54.0, 54.0), Ratios(totals));

        // Alice: one call, 15 s on hold and so 39 s talking; lunch 80 s to 140 s.
        var today = (await floor.UntilAsync("/api/agents/201", a => a.GetProperty("today").GetProperty("notReadySeconds").GetDouble() == 60 && a.GetProperty("state").GetString() == "available", "Alice back from lunch")).GetProperty("today");
        Assert.Equal((1, 39.0, 15.0, 60.0), (today.GetProperty("calls").GetInt32(), today.GetProperty("talkSeconds").GetDouble(), today.GetProperty("holdSeconds").GetDouble(), today.GetProperty("notReadyByReason").GetProperty("lunch").GetDouble()));
    }

    [Fact]
    public async Task Beside_the_queue_log_AMI_adds_the_hold_and_nothing_is_counted_twice()
    {
        var folder = Directory.CreateTempSubdirectory("ami-hybrid-").FullName;
        var log = Path.Combine(folder, "queue_log");
        const string c1 = "1764000100.7";
        string L(int s, string e, string data) => $"{T0.AddSeconds(s).ToUnixTimeSeconds()}|{c1}|{Queue}|{(e == "ENTERQUEUE" ? "NONE" : Alice)}|{e}|{data}";
        await File.WriteAllLinesAsync(log, [L(0, "ENTERQUEUE", "|02079460001|1")]);
        try
        {
            await using var floor = new AmiFloor(new Dictionary<string, string> { ["Connectors:QueueLog:Path"] = log, ["Connectors:QueueLog:PollInterval"] = "00:00:00.050" });
            await floor.LoggedInAsync();
            await floor.UntilAsync($"/api/calls/{c1}", c => c.GetProperty("state").GetString() == "queued", "the queued call from the log");

            // Asterisk's two feeds of one call: AMI rings and connects Alice, the log writes CONNECT (wait 10 s, ring 5 s).
            await floor.PushAsync(("AgentCalled", 5, Agent(c1)), ("QueueCallerLeave", 10, Caller(c1)), ("AgentConnect", 10, [.. Agent(c1), ("HoldTime", "10"), ("RingTime", "5")]));
            await File.AppendAllLinesAsync(log, [L(10, "CONNECT", $"10|{c1}1|5")]);
            await floor.UntilAsync($"/api/calls/{c1}", c => c.GetProperty("state").GetString() == "talking", "the answer from the log");

            // Only AMI knows the hold: 40 s to 70 s (Hold and music on hold are one hold).
            await floor.PushAsync(("Hold", 40, AgentLeg(c1)), ("MusicOnHoldStart", 40, Caller(c1)), ("Unhold", 70, AgentLeg(c1)), ("MusicOnHoldStop", 70, Caller(c1)));
            await floor.UntilAsync($"/api/calls/{c1}", c => c.GetProperty("holdCount").GetInt32() == 1 && c.GetProperty("state").GetString() == "talking", "the hold from AMI");

            // The agent hangs up at 130 s: both feeds say so; the log's line ends the call, AMI's is not sent.
            await File.AppendAllLinesAsync(log, [L(130, "COMPLETEAGENT", "10|120|1")]);
            await floor.PushAsync(("AgentComplete", 130, [.. Agent(c1), ("Reason", "agent"), ("HoldTime", "10"), ("TalkTime", "120")]), ("Hangup", 130, Caller(c1)));

            // offered 1, answered 1 within T (10 s), handled 1 of 120 s; SL 1, ASA 10, no abandons.
            var totals = (await floor.UntilAsync(Stats, s => s.GetProperty("totals").GetProperty("handled").GetInt32() == 1, "the call's end")).GetProperty("totals");
            Assert.Equal((1, 1, 1, 0, 0, 0, 0, 0, 1), Counts(totals));
            Assert.Equal((1.0, 10.0, 0.0, 120.0, 120.0), Ratios(totals));

            // Alice: one call (not two), 30 s on hold and 90 s talking.
            var today = (await floor.UntilAsync("/api/agents/201", a => a.GetProperty("today").GetProperty("calls").GetInt32() >= 1, "Alice's call")).GetProperty("today");
            Assert.Equal((1, 90.0, 30.0), (today.GetProperty("calls").GetInt32(), today.GetProperty("talkSeconds").GetDouble(), today.GetProperty("holdSeconds").GetDouble()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_join_in_the_outbox_rings_the_supervisor_into_ChanSpy_once_and_one_that_cannot_be_made_is_not_sent()
    {
        await using var floor = new AmiFloor(new Dictionary<string, string>
        {
            ["Connectors:Ami:ExecuteJoins"] = "true",
            ["Connectors:Ami:SupervisorChannels:sam.supervisor"] = "PJSIP/9001",
        });
        await floor.LoggedInAsync();
        await floor.PushAsync(("QueueMemberAdded", 0, Member()));
        await floor.UntilAsync("/api/agents/201", a => a.GetProperty("state").GetString() == "available", "Alice in the queue, her interface known");

        var outbox = floor.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IJoinOutboxGrain>(0);
        await outbox.Add(new JoinCommand("join-no-phone", "alert-1", null, "201", "olga.supervisor", JoinMode.Monitor, Noon));
        await outbox.Add(new JoinCommand("join-1", "alert-1", null, "201", "sam.supervisor", JoinMode.Whisper, Noon));
        await Until(async () => (await outbox.Pending()).Length == 0, "both joins taken from the outbox");
        await Until(() => Task.FromResult(floor.Server.Actions.Any(a => a["Action"] == "Originate")), "the Originate");

        var originate = Assert.Single(floor.Server.Actions, a => a["Action"] == "Originate");
        Assert.Equal(("PJSIP/9001", "ChanSpy", "PJSIP/201-,qbESw", "join-1"), (originate["Channel"], originate["Application"], originate["Data"], originate.ActionId));
    }

    private static (int, int, int, int, int, int, int, int, int) Counts(JsonElement t) =>
        (N(t, "offered"), N(t, "answered"), N(t, "answeredWithinThreshold"), N(t, "abandoned"), N(t, "abandonedAfterThreshold"), N(t, "shortAbandoned"), N(t, "overflowed"), N(t, "blocked"), N(t, "handled"));

    private static (double, double, double, double, double) Ratios(JsonElement t) =>
        (R(t, "serviceLevel"), R(t, "asaSeconds"), R(t, "abandonRate"), R(t, "totalHandleSeconds"), R(t, "ahtSeconds"));

    private static int N(JsonElement t, string name) => t.GetProperty(name).GetInt32();

    private static double R(JsonElement t, string name) => t.GetProperty(name) is { ValueKind: JsonValueKind.Number } v ? Math.Round(v.GetDouble(), 9) : double.NaN;

    /// <summary>The caller's channel of an inbound call: its Linkedid is its own Uniqueid, the call id queue_log writes.</summary>
    private static (string, string)[] Caller(string call) =>
    [
        ("Channel", $"PJSIP/trunk-{call[^1..]}000000a"), ("ChannelState", "6"), ("CallerIDNum", "+442079460123"), ("CallerIDName", "Caller"),
        ("Context", "from-trunk"), ("Exten", "500"), ("Uniqueid", call), ("Linkedid", call), ("Queue", Queue), ("Position", "1"), ("Count", "1"),
    ];

    /// <summary>Alice's channel, born of the caller's and so sharing its Linkedid.</summary>
    private static (string, string)[] AgentLeg(string call) =>
        [("Channel", $"{Alice}-0000000b"), ("ChannelState", "6"), ("CallerIDNum", "201"), ("Uniqueid", call + "1"), ("Linkedid", call)];

    private static (string, string)[] Agent(string call) =>
        [.. Caller(call), ("DestChannel", $"{Alice}-0000000b"), ("DestUniqueid", call + "1"), ("DestLinkedid", call), ("Interface", Alice), ("MemberName", "Alice")];

    private static (string, string)[] Member(bool paused = false) =>
        [("Queue", Queue), ("MemberName", "Alice"), ("Interface", Alice), ("StateInterface", Alice), ("Membership", "dynamic"), ("Penalty", "0"), ("Status", "1"), ("Paused", paused ? "1" : "0")];
}
