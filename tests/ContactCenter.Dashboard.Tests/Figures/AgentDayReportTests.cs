using System.Net;
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
}
