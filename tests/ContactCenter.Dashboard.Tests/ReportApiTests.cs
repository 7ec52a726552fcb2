using System.Globalization;
using System.Net;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests;

/// <summary>The CSV reports: a queue's intervals and an agent's days, as a spreadsheet reads them.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class ReportApiTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_queues_intervals_come_as_csv_one_row_an_interval_then_the_total_in_invariant_culture()
    {
        var (queue, fast, slow) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("c"));
        var (ann, bob) = (Wire.NewId("a"), Wire.NewId("a"));
        var day = Wire.Now().UtcDateTime.Date.AddDays(-3);
        var t = new DateTimeOffset(day.AddHours(9).AddMinutes(5), TimeSpan.Zero);
        await client.GivenAsync(
            Wire.AgentLoggedIn(ann, t.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.AgentLoggedIn(bob, t.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.CallQueued(fast, queue, t),
            Wire.CallAnswered(fast, ann, t.AddSeconds(4.5)),
            Wire.CallQueued(slow, queue, t.AddMinutes(15)),
            Wire.CallAnswered(slow, bob, t.AddMinutes(15).AddSeconds(30)));

        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync($"/api/reports/queues/{queue}/intervals.csv?from={day:yyyy-MM-dd}T09:00:00Z&to={day:yyyy-MM-dd}T10:00:00Z");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("queue,from,to,offered,answered,", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal([queue, $"{day:yyyy-MM-dd}T09:00:00Z", $"{day:yyyy-MM-dd}T09:15:00Z", "1", "1"], first[..5]);
        // A wait of 4.5 s, written with a point whatever the server's culture.
        Assert.Equal("4.5", first[14]);
        var total = lines[3].Split(',');
        Assert.Equal([queue, $"{day:yyyy-MM-dd}T09:00:00Z", $"{day:yyyy-MM-dd}T10:00:00Z", "2", "2"], total[..5]);
        Assert.Equal("34.5", total[14]);
        Assert.Equal("0.5", total[16]);
    }

    [Fact]
    public async Task Bad_report_parameters_are_400_naming_the_field_and_an_unknown_agent_is_404()
    {
        (await client.GetReplyAsync("/api/reports/agents/a1/days.csv?from=yesterday")).Error(HttpStatusCode.BadRequest, "from", "invalid");
        (await client.GetReplyAsync("/api/reports/agents/a1/days.csv?from=2026-11-02&to=2026-11-01")).Error(HttpStatusCode.BadRequest, "to", "invalid");
        (await client.GetReplyAsync("/api/reports/agents/a1/days.csv?from=2024-01-01&to=2026-01-01")).Error(HttpStatusCode.BadRequest, "to", "too-long");
        (await client.GetReplyAsync($"/api/reports/agents/{Wire.NewId("nobody")}/days.csv?from=2026-01-01&to=2026-01-02")).Error(HttpStatusCode.NotFound, "id", "not-found");
        (await client.GetReplyAsync("/api/reports/queues/q1/intervals.csv?from=2026-11-01")).Error(HttpStatusCode.BadRequest, "from", "invalid");
    }
}
