using System.Globalization;
using System.Net;
using System.Text;
using ContactCenter.Dashboard.Tests.Support;
using ContactCenter.Testing;

namespace ContactCenter.Dashboard.Tests.Connectors;

/// <summary>POST /api/connectors/queue-log with a scenario log whose every figure is computed by hand below.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class QueueLogApiTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_scenario_log_gives_the_hand_computed_figures_and_posting_it_again_changes_nothing()
    {
        var scenario = new QueueLogScenario();

        var first = await PostAsync(scenario.Text);
        var second = await PostAsync(scenario.Text);

        Assert.Equal((QueueLogScenario.LineCount, QueueLogScenario.Events, 0, 1, 1), (N(first.Body, "lines"), N(first.Body, "accepted"), N(first.Body, "duplicates"), N(first.Body, "skipped"), N(first.Body, "rejectedCount")));
        var refused = first.Body.GetProperty("rejected")[0];
        Assert.Equal((QueueLogScenario.RefusedLine, "line"), (refused.GetProperty("line").GetInt32(), refused.GetProperty("field").GetString()));
        Assert.Equal((0, QueueLogScenario.Events, 1), (N(second.Body, "accepted"), N(second.Body, "duplicates"), N(second.Body, "rejectedCount")));
        Assert.Equal(QueueLogScenario.Expected, await scenario.FiguresAsync(client));
    }

    /// <summary>
    /// A past day's log after an outage (30 hours ago: older than the live horizon, so every call
    /// is history arriving late): the same hand-computed figures land in that day's interval.
    /// </summary>
    [Fact]
    public async Task A_past_days_log_replayed_after_an_outage_gives_that_days_hand_computed_figures()
    {
        var scenario = new QueueLogScenario(TimeSpan.FromHours(30));

        var first = await PostAsync(scenario.Text);
        var second = await PostAsync(scenario.Text);

        Assert.Equal((QueueLogScenario.Events, 1), (N(first.Body, "accepted"), N(first.Body, "rejectedCount")));
        Assert.Equal((0, QueueLogScenario.Events), (N(second.Body, "accepted"), N(second.Body, "duplicates")));
        Assert.Equal(QueueLogScenario.Expected, await scenario.FiguresAsync(client));
    }

    /// <summary>
    /// Asterisk failover, posted in two parts so the call has ended (overflowed) on the floor before
    /// the next queue takes it. By hand (T = 20 s): q1 offered 1, overflowed 1 after 300 s, nothing
    /// decided (no service level), abandon rate 0 / 1, longest wait 300 s. q2 offered 1, answered
    /// after 18 s (within T): service level 1, ASA 18, one leg of 120 s talk, completed 1, longest
    /// wait 18 s.
    /// </summary>
    [Fact]
    public async Task A_caller_one_queue_lets_go_into_another_counts_overflowed_in_the_first_and_answered_in_the_next()
    {
        var scenario = new QueueLogScenario();
        var (q1, q2, call, member) = (scenario.Queue, scenario.Queue + "-overflow", Wire.NewId("f"), scenario.Member);
        string L(int s, string q, string agent, string e, string data) =>
            $"{scenario.Start.AddSeconds(s).ToUnixTimeSeconds()}|{call}|{q}|{agent}|{e}|{data}";

        var first = await PostAsync(string.Join("\n", [
            $"{scenario.Start.AddSeconds(-60).ToUnixTimeSeconds()}|NONE|{q2}|{member}|ADDMEMBER|",
            L(0, q1, "NONE", "ENTERQUEUE", "|02079460001|1"),
            L(300, q1, "NONE", "EXITWITHTIMEOUT", "1|1|300")]));
        var second = await PostAsync(string.Join("\n", [
            L(300, q2, "NONE", "ENTERQUEUE", "|02079460001|1"),
            L(318, q2, member, "CONNECT", $"18|{call}.5|2"),
            L(438, q2, member, "COMPLETECALLER", "18|120|1")]));

        Assert.Equal((3, 0, 4, 0), (N(first.Body, "accepted"), N(first.Body, "rejectedCount"), N(second.Body, "accepted"), N(second.Body, "rejectedCount")));
        var one = await TotalsAsync(q1, scenario.Start);
        var two = await TotalsAsync(q2, scenario.Start);
        Assert.Equal((1, 1, 0, 0.0, 300.0), (N(one, "offered"), N(one, "overflowed"), N(one, "answered"), one.GetProperty("abandonRate").GetDouble(), one.GetProperty("maxWaitSeconds").GetDouble()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, one.GetProperty("serviceLevel").ValueKind);
        Assert.Equal((1, 1, 1, 1.0, 18.0), (N(two, "offered"), N(two, "answered"), N(two, "answeredWithinThreshold"), two.GetProperty("serviceLevel").GetDouble(), two.GetProperty("asaSeconds").GetDouble()));
        Assert.Equal((1, 1, 120.0, 18.0), (N(two, "completed"), N(two, "handled"), two.GetProperty("ahtSeconds").GetDouble(), two.GetProperty("maxWaitSeconds").GetDouble()));
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

    private async Task<System.Text.Json.JsonElement> TotalsAsync(string queue, DateTimeOffset start)
    {
        using var response = await client.GetAsync($"/api/queues/{queue}/stats?from={Uri.EscapeDataString(Wire.Time(start))}&to={Uri.EscapeDataString(Wire.Time(start.AddMinutes(15)))}");
        return (await Reply.ReadAsync(response)).Status(HttpStatusCode.OK).Body.GetProperty("totals");
    }

    private static int N(System.Text.Json.JsonElement body, string name) => QueueLogScenario.N(body, name);
}
