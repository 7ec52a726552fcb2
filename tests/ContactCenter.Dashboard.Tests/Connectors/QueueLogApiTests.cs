using System.Globalization;
using System.Net;
using System.Text;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Connectors;

/// <summary>POST /api/connectors/queue-log with a scenario log whose every figure is computed by hand below.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class QueueLogApiTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_scenario_log_gives_the_hand_computed_figures_and_posting_it_again_changes_nothing()
    {
        var queue = Wire.NewId("billing");
        var member = "PJSIP/" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var call = Wire.NewId("c");
        var t0 = IntervalStart(Wire.Now().AddHours(-1));
        string L(int s, string c, string q, string agent, string e, string data = "") =>
            $"{(t0.AddSeconds(s)).ToUnixTimeSeconds()}|{c}|{q}|{agent}|{e}|{data}";
        var log = string.Join("\n",
        [
            L(-60, "NONE", queue, member, "ADDMEMBER"),
            // c1: rung 15 s without an answer, rung again 3 s and answered at 30 s (wait 30 > T = 20), agent hangs up at 150 s.
            L(0, call + "1", queue, "NONE", "ENTERQUEUE", "|02079460001|1"),
            L(17, call + "1", queue, member, "RINGNOANSWER", "15000"),
            L(30, call + "1", queue, member, "CONNECT", $"30|{call}1.5|3"),
            L(150, call + "1", queue, member, "COMPLETEAGENT", "30|120|1"),
            // c2 leaves after 4 s: a short abandon, in no figure but shortAbandoned.
            L(60, call + "2", queue, "NONE", "ENTERQUEUE", "|02079460002|2"),
            L(64, call + "2", queue, "NONE", "ABANDON", "1|2|4"),
            // c3 leaves after 30 s: abandoned after T.
            L(70, call + "3", queue, "NONE", "ENTERQUEUE", "|02079460003|2"),
            L(100, call + "3", queue, "NONE", "ABANDON", "1|2|30"),
            // c4 is let go by the queue's timeout after 300 s: overflowed, still offered.
            L(110, call + "4", queue, "NONE", "ENTERQUEUE", "|02079460004|2"),
            L(410, call + "4", queue, "NONE", "EXITWITHTIMEOUT", "1|2|300"),
            // c5 finds no member to take it: blocked, not offered.
            L(120, call + "5", queue, "NONE", "JOINEMPTY", "1|1|1"),
            // c6 rings 2 s and is answered at 10 s (within T); the caller hangs up after 60 s of talk.
            L(160, call + "6", queue, "NONE", "ENTERQUEUE", "|02079460006|1"),
            L(170, call + "6", queue, member, "CONNECT", $"10|{call}6.5|2"),
            L(230, call + "6", queue, member, "COMPLETECALLER", "10|60|1"),
            L(240, "NONE", "NONE", "NONE", "QUEUESTART"),
            "this is not a queue_log line",
            L(300, "NONE", queue, member, "PAUSE", "lunch"),
            L(400, "NONE", queue, member, "UNPAUSE"),
        ]);

        var first = await PostAsync(log);
        var second = await PostAsync(log);

        // 19 lines: 19 events from 17 of them (a CONNECT with a ring time is an offer and an answer), QUEUESTART skipped, line 17 refused.
        Assert.Equal((19, 19, 0, 1, 1), (N(first.Body, "lines"), N(first.Body, "accepted"), N(first.Body, "duplicates"), N(first.Body, "skipped"), N(first.Body, "rejectedCount")));
        var refused = first.Body.GetProperty("rejected")[0];
        Assert.Equal((17, "line"), (refused.GetProperty("line").GetInt32(), refused.GetProperty("field").GetString()));
        Assert.Equal((0, 19, 1), (N(second.Body, "accepted"), N(second.Body, "duplicates"), N(second.Body, "rejectedCount")));

        var totals = (await client.GetReplyAsync($"/api/queues/{queue}/stats?from={Wire.Time(t0)}&to={Wire.Time(t0.AddMinutes(15))}"))
            .Status(HttpStatusCode.OK).Body.GetProperty("totals");
        // offered c1 c3 c4 c6; answered c1 (30 s) c6 (10 s); SL 1 within T / (2 answered + 1 abandoned after T); ASA 40 / 2;
        // abandon rate 1 / 4; handled legs 120 s + 60 s, AHT 90 s.
        Assert.Equal(
            (4, 2, 1, 1, 1, 1, 1, 1, 2, 2),
            (N(totals, "offered"), N(totals, "answered"), N(totals, "answeredWithinThreshold"), N(totals, "abandoned"), N(totals, "abandonedAfterThreshold"),
                N(totals, "shortAbandoned"), N(totals, "overflowed"), N(totals, "blocked"), N(totals, "completed"), N(totals, "handled")));
        Assert.Equal((1 / 3.0, 20.0, 0.25, 180.0, 90.0), (totals.GetProperty("serviceLevel").GetDouble(), totals.GetProperty("asaSeconds").GetDouble(),
            totals.GetProperty("abandonRate").GetDouble(), totals.GetProperty("totalHandleSeconds").GetDouble(), totals.GetProperty("ahtSeconds").GetDouble()), new RoundedTuple());
    }

    [Fact]
    public async Task A_body_that_is_not_text_is_415()
    {
        using var content = new StringContent("[]", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/connectors/queue-log", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<Reply> PostAsync(string log)
    {
        using var content = new StringContent(log, Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync("/api/connectors/queue-log", content);
        return (await Reply.ReadAsync(response)).Status(HttpStatusCode.OK);
    }

    private static int N(System.Text.Json.JsonElement totals, string name) => totals.GetProperty(name).GetInt32();

    private static DateTimeOffset IntervalStart(DateTimeOffset at) =>
        new(at.Year, at.Month, at.Day, at.Hour, at.Minute / 15 * 15, 0, TimeSpan.Zero);

    /// <summary>Compares the figures to nine decimals: a ratio is not exact in binary.</summary>
    private sealed class RoundedTuple : IEqualityComparer<(double, double, double, double, double)>
    {
        public bool Equals((double, double, double, double, double) x, (double, double, double, double, double) y) =>
            Math.Round(x.Item1, 9) == Math.Round(y.Item1, 9) && Math.Round(x.Item2, 9) == Math.Round(y.Item2, 9) && Math.Round(x.Item3, 9) == Math.Round(y.Item3, 9)
            && Math.Round(x.Item4, 9) == Math.Round(y.Item4, 9) && Math.Round(x.Item5, 9) == Math.Round(y.Item5, 9);

        public int GetHashCode((double, double, double, double, double) obj) => 0;
    }
}
