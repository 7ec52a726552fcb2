using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>An agent's day as CSV, on the floor's clock: today's row is counted by the agent up to the read.</summary>
[Collection(FloorClockCollection.Name)]
public sealed class AgentDayReportTests(FloorClockFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task An_agents_day_report_has_calls_talk_wrap_up_not_ready_by_reason_and_occupancy()
    {
        var (queue, call, ann) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("a"));
        var team = "-" + Wire.NewId("t");
        var t = app.MoveTo(new TimeOnly(11, 0)).AddMinutes(-30);
        await client.GivenAsync(
            Wire.AgentLoggedIn(ann, t, team, queue),
            Wire.AgentStateChanged(ann, "not-ready", t.AddMinutes(1), "lunch"),
            Wire.AgentStateChanged(ann, "available", t.AddMinutes(6)),
            Wire.CallQueued(call, queue, t.AddMinutes(7)),
            Wire.CallAnswered(call, ann, t.AddMinutes(7)),
            Wire.CallEnded(call, t.AddMinutes(9)),
            Wire.AgentStateChanged(ann, "wrap-up", t.AddMinutes(9)),
            Wire.AgentStateChanged(ann, "not-ready", t.AddMinutes(10), "training"));

        var reply = await client.GetReplyAsync($"/api/reports/agents/{ann}/days.csv");
        var lines = reply.Status(HttpStatusCode.OK).Raw.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal(["agent", "team", "date", "calls", "talk_seconds", "hold_seconds", "wrap_up_seconds", "not_ready_seconds", "logged_in_seconds", "occupancy", "not_ready_seconds:lunch", "not_ready_seconds:training"], header);
        var row = lines[1].Split(',');
        Assert.Equal(ann, row[0]);
        // A team id that a spreadsheet would read as a formula ("-t...") is written as text.
        Assert.Equal("'" + team, row[1]);
        Assert.Equal("1", row[3]);
        Assert.Equal("120", row[4]);
        Assert.Equal("60", row[6]);
        Assert.Equal("300", row[10]);
        // Training since 10:40, read at 11:00 on the floor's clock.
        Assert.Equal("1200", row[11]);
    }
    [Fact]
    public async Task A_past_day_posted_late_and_twice_shows_once_in_the_agents_report_and_the_queues_handle_time()
    {
        var (queue, call, bo) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("a"));
        var day = DateOnly.FromDateTime(app.MoveTo(new TimeOnly(9, 0)).UtcDateTime).AddDays(-4);
        var t = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        JsonObject[] log =
        [
            Wire.AgentLoggedIn(bo, t, "t-late", queue),
            Wire.CallQueued(call, queue, t.AddMinutes(1)),
            Wire.CallAnswered(call, bo, t.AddMinutes(2)),
            Wire.CallEnded(call, t.AddMinutes(4)),
            Wire.AgentStateChanged(bo, "wrap-up", t.AddMinutes(4)),
            Wire.AgentStateChanged(bo, "not-ready", t.AddMinutes(5), "lunch"),
            Wire.AgentStateChanged(bo, "available", t.AddMinutes(35)),
        ];
        await client.GivenAsync(log);
        var again = await client.PostEventsAsync(log);
        Assert.Equal((0, log.Length), (again.Body.GetProperty("accepted").GetInt32(), again.Body.GetProperty("duplicates").GetInt32()));

        var report = await CsvAsync($"/api/reports/agents/{bo}/days.csv?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        var row = Assert.Single(report.Rows);
        Assert.Equal(("1", "120", "60", "1800"), (row["calls"], row["talk_seconds"], row["wrap_up_seconds"], row["not_ready_seconds:lunch"]));
        // Logged in from 10:00 and never out: counted to the day's end.
        Assert.Equal("50400", row["logged_in_seconds"]);

        var intervals = await CsvAsync($"/api/reports/queues/{queue}/intervals.csv?from={day:yyyy-MM-dd}T10:00:00Z&to={day:yyyy-MM-dd}T10:15:00Z");
        var interval = intervals.Rows[0];
        Assert.Equal(("1", "1", "180", "180"), (interval["answered"], interval["handled"], interval["handle_seconds"], interval["aht_seconds"]));
    }

    private async Task<(string[] Header, List<Dictionary<string, string>> Rows)> CsvAsync(string path)
    {
        var reply = await client.GetReplyAsync(path);
        var lines = reply.Status(HttpStatusCode.OK).Raw.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return (header, [.. lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second))]);
    }
}
