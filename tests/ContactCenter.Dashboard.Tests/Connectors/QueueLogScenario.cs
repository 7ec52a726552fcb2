using System.Globalization;
using System.Net;
using System.Text.Json;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Connectors;

/// <summary>
/// One queue's quarter hour as Asterisk logs it, with every figure computed by hand below: the
/// reference a posted, a tailed and a replayed copy must all reach. Ids are the test's own.
/// </summary>
internal sealed class QueueLogScenario
{
    public QueueLogScenario()
    {
        Queue = Wire.NewId("billing");
        Member = "PJSIP/" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var call = Wire.NewId("c");
        Start = IntervalStart(Wire.Now().AddHours(-1));
        string L(int s, string c, string q, string agent, string e, string data = "") =>
            $"{Start.AddSeconds(s).ToUnixTimeSeconds()}|{c}|{q}|{agent}|{e}|{data}";
        Lines =
        [
            L(-60, "NONE", Queue, Member, "ADDMEMBER"),
            // c1: rung 15 s without an answer, rung again 3 s and answered at 30 s (wait 30 > T = 20), agent hangs up at 150 s.
            L(0, call + "1", Queue, "NONE", "ENTERQUEUE", "|02079460001|1"),
            L(17, call + "1", Queue, Member, "RINGNOANSWER", "15000"),
            L(30, call + "1", Queue, Member, "CONNECT", $"30|{call}1.5|3"),
            L(150, call + "1", Queue, Member, "COMPLETEAGENT", "30|120|1"),
            // c2 leaves after 4 s: a short abandon, in no figure but shortAbandoned.
            L(60, call + "2", Queue, "NONE", "ENTERQUEUE", "|02079460002|2"),
            L(64, call + "2", Queue, "NONE", "ABANDON", "1|2|4"),
            // c3 leaves after 30 s: abandoned after T.
            L(70, call + "3", Queue, "NONE", "ENTERQUEUE", "|02079460003|2"),
            L(100, call + "3", Queue, "NONE", "ABANDON", "1|2|30"),
            // c4 is let go by the queue's timeout after 300 s: overflowed, still offered.
            L(110, call + "4", Queue, "NONE", "ENTERQUEUE", "|02079460004|2"),
            L(410, call + "4", Queue, "NONE", "EXITWITHTIMEOUT", "1|2|300"),
            // c5 finds no member to take it: blocked, not offered.
            L(120, call + "5", Queue, "NONE", "JOINEMPTY", "1|1|1"),
            // c6 rings 2 s and is answered at 10 s (within T); the caller hangs up after 60 s of talk.
            L(160, call + "6", Queue, "NONE", "ENTERQUEUE", "|02079460006|1"),
            L(170, call + "6", Queue, Member, "CONNECT", $"10|{call}6.5|2"),
            L(230, call + "6", Queue, Member, "COMPLETECALLER", "10|60|1"),
            L(240, "NONE", "NONE", "NONE", "QUEUESTART"),
            "this is not a queue_log line",
            L(300, "NONE", Queue, Member, "PAUSE", "lunch"),
            L(400, "NONE", Queue, Member, "UNPAUSE"),
        ];
    }

    /// <summary>19 lines: 19 events from 17 of them (a CONNECT with a ring time is an offer and an answer), QUEUESTART skipped, line 17 refused.</summary>
    public const int Events = 19;

    public const int RefusedLine = 17;

    public const int LineCount = 19;

    public string Queue { get; }

    public string Member { get; }

    public DateTimeOffset Start { get; }

    public string[] Lines { get; }

    public string Text => string.Join("\n", Lines);

    /// <summary>The queue's figures for the scenario's quarter hour.</summary>
    public async Task<JsonElement> TotalsAsync(HttpClient client) =>
        (await StatsAsync(client)).Status(HttpStatusCode.OK).Body.GetProperty("totals");

    /// <summary>The figures, or null while the floor has not heard of the queue yet.</summary>
    public async Task<JsonElement?> TotalsSoFarAsync(HttpClient client)
    {
        var reply = await StatsAsync(client);
        return reply.Status == HttpStatusCode.NotFound ? null : reply.Status(HttpStatusCode.OK).Body.GetProperty("totals");
    }

    private Task<Reply> StatsAsync(HttpClient client) =>
        client.GetReplyAsync($"/api/queues/{Queue}/stats?from={Wire.Time(Start)}&to={Wire.Time(Start.AddMinutes(15))}");

    /// <summary>Whether every event has been counted (the last call to end is c4, overflowed at 410 s).</summary>
    public static bool Complete(JsonElement totals) => N(totals, "overflowed") == 1 && N(totals, "handled") == 2 && N(totals, "blocked") == 1;

    public static void AssertFigures(JsonElement totals)
    {
        // offered c1 c3 c4 c6; answered c1 (30 s) c6 (10 s); SL 1 within T / (2 answered + 1 abandoned after T); ASA 40 / 2;
        // abandon rate 1 / 4; handled legs 120 s + 60 s, AHT 90 s.
        Assert.Equal(
            (4, 2, 1, 1, 1, 1, 1, 1, 2, 2),
            (N(totals, "offered"), N(totals, "answered"), N(totals, "answeredWithinThreshold"), N(totals, "abandoned"), N(totals, "abandonedAfterThreshold"),
                N(totals, "shortAbandoned"), N(totals, "overflowed"), N(totals, "blocked"), N(totals, "completed"), N(totals, "handled")));
        Assert.Equal(
            (0.333333333, 20.0, 0.25, 180.0, 90.0),
            (R(totals, "serviceLevel"), R(totals, "asaSeconds"), R(totals, "abandonRate"), R(totals, "totalHandleSeconds"), R(totals, "ahtSeconds")));
    }

    public static int N(JsonElement element, string name) => element.GetProperty(name).GetInt32();

    /// <summary>A figure to nine decimals: a ratio is not exact in binary.</summary>
    private static double R(JsonElement element, string name) => Math.Round(element.GetProperty(name).GetDouble(), 9);

    private static DateTimeOffset IntervalStart(DateTimeOffset at) =>
        new(at.Year, at.Month, at.Day, at.Hour, at.Minute / 15 * 15, 0, TimeSpan.Zero);
}
