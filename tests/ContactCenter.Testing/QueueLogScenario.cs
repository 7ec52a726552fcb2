using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ContactCenter.Testing;

/// <summary>
/// One queue's quarter hour as Asterisk logs it, with every figure computed by hand below: the
/// reference a posted, a tailed and a replayed copy must all reach. Ids are the test's own.
/// </summary>
public sealed class QueueLogScenario
{
    /// <param name="ago">How long before now the quarter hour lies: an hour by default; a past day's log is replayed after an outage.</param>
    public QueueLogScenario(TimeSpan? ago = null)
    {
        Queue = Wire.NewId("billing");
        Member = "PJSIP/" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var call = Wire.NewId("c");
        Start = IntervalStart(Wire.Now() - (ago ?? TimeSpan.FromHours(1)));
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

    /// <summary>
    /// The hand computation: offered c1 c3 c4 c6; answered c1 (30 s) and c6 (10 s), one within T;
    /// abandoned c2 (short, 4 s) and c3 (after T, 30 s); c4 overflowed, c5 blocked; SL 1 within T
    /// over (2 answered + 1 abandoned after T); ASA (30 + 10) / 2; abandon rate 1 / 4; handled legs
    /// 120 s + 60 s, AHT 90 s.
    /// </summary>
    public static readonly ScenarioFigures Expected = new(
        Offered: 4, Answered: 2, AnsweredWithinThreshold: 1, Abandoned: 1, AbandonedAfterThreshold: 1, ShortAbandoned: 1,
        Overflowed: 1, Blocked: 1, Completed: 2, Handled: 2,
        ServiceLevel: 0.333333333, AsaSeconds: 20, AbandonRate: 0.25, TotalHandleSeconds: 180, AhtSeconds: 90);

    /// <summary>The queue's figures for the scenario's quarter hour, or null while the floor has not heard of the queue.</summary>
    public async Task<JsonElement?> TotalsAsync(HttpClient client)
    {
        using var response = await client.GetAsync($"/api/queues/{Queue}/stats?from={Uri.EscapeDataString(Wire.Time(Start))}&to={Uri.EscapeDataString(Wire.Time(Start.AddMinutes(15)))}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"stats of {Queue}: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("totals").Clone();
    }

    /// <summary>The figures as read, for comparing with <see cref="Expected"/>.</summary>
    public async Task<ScenarioFigures?> FiguresAsync(HttpClient client) => await TotalsAsync(client) is { } totals ? Of(totals) : null;

    public static ScenarioFigures Of(JsonElement totals) => new(
        N(totals, "offered"), N(totals, "answered"), N(totals, "answeredWithinThreshold"), N(totals, "abandoned"), N(totals, "abandonedAfterThreshold"),
        N(totals, "shortAbandoned"), N(totals, "overflowed"), N(totals, "blocked"), N(totals, "completed"), N(totals, "handled"),
        R(totals, "serviceLevel"), R(totals, "asaSeconds"), R(totals, "abandonRate"), R(totals, "totalHandleSeconds"), R(totals, "ahtSeconds"));

    public static int N(JsonElement element, string name) => element.GetProperty(name).GetInt32();

    /// <summary>A figure to nine decimals (a ratio is not exact in binary); NaN where there is none yet (no call decided).</summary>
    private static double R(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? Math.Round(value.GetDouble(), 9) : double.NaN;

    private static DateTimeOffset IntervalStart(DateTimeOffset at) =>
        new(at.Year, at.Month, at.Day, at.Hour, at.Minute / 15 * 15, 0, TimeSpan.Zero);
}

/// <summary>A queue's figures over the scenario, ratios to nine decimals.</summary>
public sealed record ScenarioFigures(
    int Offered, int Answered, int AnsweredWithinThreshold, int Abandoned, int AbandonedAfterThreshold, int ShortAbandoned,
    int Overflowed, int Blocked, int Completed, int Handled,
    double ServiceLevel, double AsaSeconds, double AbandonRate, double TotalHandleSeconds, double AhtSeconds);
