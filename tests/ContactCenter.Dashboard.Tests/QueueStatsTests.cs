using System.Globalization;
using System.Net;
using System.Text.Json;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests;

/// <summary>GET /api/queues/{id}/stats: the range it takes and the figures of DOMAIN.md over it.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class QueueStatsTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Without_a_range_the_stats_run_from_the_sites_midnight_to_the_end_of_the_current_interval()
    {
        var queue = await GivenQueueAsync();
        var asked = DateTimeOffset.UtcNow;
        var reply = (await client.GetReplyAsync($"/api/queues/{queue}/stats")).Status(HttpStatusCode.OK);
        Assert.Equal(queue, reply.Text("queueId"));
        var totals = reply.Body.GetProperty("totals");
        var from = totals.GetProperty("from").GetDateTimeOffset();
        var to = totals.GetProperty("to").GetDateTimeOffset();
        var now = DateTimeOffset.UtcNow;

        // The test profile's site runs on UTC.
        Assert.Equal(TimeSpan.Zero, from.UtcDateTime.TimeOfDay);
        // The server took its midnight between asked and now, which may straddle one.
        Assert.True(from <= now && asked - from < TimeSpan.FromDays(1), $"from {from:O}");
        Assert.Equal(0, to.UtcDateTime.Minute % 15);
        Assert.True(to > now.AddSeconds(-5) && to - now <= TimeSpan.FromMinutes(15), $"to {to:O}");
        Assert.Equal(JsonValueKind.Array, reply.Body.GetProperty("intervals").ValueKind);
    }

    [Fact]
    public async Task A_range_with_a_plus_01_00_offset_is_read_whether_the_plus_is_url_encoded_or_raw()
    {
        var queue = await GivenQueueAsync();
        var plusOne = TimeSpan.FromHours(1);
        var utcNow = DateTimeOffset.UtcNow;
        var from = new DateTimeOffset(utcNow.Year, utcNow.Month, utcNow.Day, utcNow.Hour, 0, 0, TimeSpan.Zero).AddHours(-2).ToOffset(plusOne);
        var to = from.AddHours(3);
        var fromText = from.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var toText = to.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        Assert.EndsWith("+01:00", fromText, StringComparison.Ordinal);

        var encoded = (await client.GetReplyAsync($"/api/queues/{queue}/stats?from={Uri.EscapeDataString(fromText)}&to={Uri.EscapeDataString(toText)}")).Status(HttpStatusCode.OK);
        var raw = (await client.GetReplyAsync($"/api/queues/{queue}/stats?from={fromText}&to={toText}")).Status(HttpStatusCode.OK);
        foreach (var reply in new[] { encoded, raw })
        {
            var totals = reply.Body.GetProperty("totals");
            Assert.Equal(from, totals.GetProperty("from").GetDateTimeOffset());
            Assert.Equal(to, totals.GetProperty("to").GetDateTimeOffset());
        }
    }

    [Fact]
    public async Task A_range_in_utc_with_z_is_read()
    {
        var queue = await GivenQueueAsync();
        var reply = (await client.GetReplyAsync($"/api/queues/{queue}/stats?from=2025-01-06T08:00:00Z&to=2025-01-06T17:00:00Z")).Status(HttpStatusCode.OK);
        Assert.Equal(DateTimeOffset.Parse("2025-01-06T08:00:00Z", CultureInfo.InvariantCulture), reply.Body.GetProperty("totals").GetProperty("from").GetDateTimeOffset());
        Assert.Equal(0, reply.Body.GetProperty("totals").GetProperty("offered").GetInt32());
        Assert.Equal(JsonValueKind.Null, reply.Body.GetProperty("totals").GetProperty("serviceLevel").ValueKind);
    }

    [Theory]
    [InlineData("from", "2026-11-24T08:00:00")]
    [InlineData("from", "yesterday")]
    [InlineData("from", "2026-13-45T99:00:00Z")]
    [InlineData("from", "2026-11-24T08:00:00+0100")]
    [InlineData("to", "2026-11-24T08:00:00")]
    [InlineData("to", "soon")]
    public async Task A_bound_without_an_offset_or_not_a_time_is_400_naming_it(string bound, string value)
    {
        var queue = await GivenQueueAsync();
        var other = bound == "from" ? "to=2026-11-24T17:00:00Z" : "from=2026-11-24T07:00:00Z";
        var reply = await client.GetReplyAsync($"/api/queues/{queue}/stats?{bound}={Uri.EscapeDataString(value)}&{other}");
        reply.Error(HttpStatusCode.BadRequest, bound, "invalid");
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00Z", "2026-11-24T10:00:00Z")]
    [InlineData("2026-11-24T10:00:00Z", "2026-11-24T09:59:59Z")]
    [InlineData("2026-11-24T10:00:00Z", "2026-11-24T10:30:00+01:00")]
    public async Task A_to_not_after_from_is_400_naming_to(string from, string to)
    {
        var queue = await GivenQueueAsync();
        var reply = await client.GetReplyAsync($"/api/queues/{queue}/stats?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");
        reply.Error(HttpStatusCode.BadRequest, "to", "invalid");
    }

    [Fact]
    public async Task A_range_over_366_days_is_400_and_one_of_exactly_366_days_is_served()
    {
        var queue = await GivenQueueAsync();
        var over = await client.GetReplyAsync($"/api/queues/{queue}/stats?from=2025-11-01T00:00:00Z&to=2026-11-02T00:00:01Z");
        over.Error(HttpStatusCode.BadRequest, "to", "too-long");

        var fromDefault = await client.GetReplyAsync($"/api/queues/{queue}/stats?from=2000-01-01T00:00:00Z");
        fromDefault.Error(HttpStatusCode.BadRequest, "to", "too-long");

        (await client.GetReplyAsync($"/api/queues/{queue}/stats?from=2025-11-01T00:00:00Z&to=2026-11-02T00:00:00Z")).Status(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_day_twenty_days_back_answers_its_own_figures_not_zeros()
    {
        // Before the history store, a range of 8 days or less lying more than 8 days back read pruned intervals: zeros.
        var (queue, fast, gone) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("c"));
        var ann = Wire.NewId("a");
        var day = Wire.Now().UtcDateTime.Date.AddDays(-20);
        var t = new DateTimeOffset(day.AddHours(10), TimeSpan.Zero);
        await client.GivenAsync(
            Wire.AgentLoggedIn(ann, t.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.CallQueued(fast, queue, t),
            Wire.CallQueued(gone, queue, t),
            Wire.CallAnswered(fast, ann, t.AddSeconds(5)),
            Wire.CallAbandoned(gone, t.AddSeconds(40)),
            Wire.CallEnded(fast, t.AddSeconds(65)));

        var range = $"from={Wire.Time(new DateTimeOffset(day, TimeSpan.Zero))}&to={Wire.Time(new DateTimeOffset(day.AddDays(1), TimeSpan.Zero))}";
        var reply = (await client.GetReplyAsync($"/api/queues/{queue}/stats?{range.Replace("+", "%2B", StringComparison.Ordinal)}")).Status(HttpStatusCode.OK);
        var totals = reply.Body.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("offered").GetInt32());
        Assert.Equal(1, totals.GetProperty("answered").GetInt32());
        Assert.Equal(1, totals.GetProperty("abandoned").GetInt32());
        Assert.Equal(1, totals.GetProperty("completed").GetInt32());
        Assert.Equal(5, totals.GetProperty("totalWaitSeconds").GetDouble(), 6);
        Assert.Equal(1, reply.Body.GetProperty("intervals").GetArrayLength());
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-02T00:00:00Z")]
    [InlineData("9999-12-30T00:00:00Z", "9999-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:30:00+01:00", "0001-01-02T00:00:00Z")]
    public async Task Ranges_at_the_ends_of_time_are_answered_not_500(string from, string to)
    {
        var queue = await GivenQueueAsync();
        var reply = await client.GetReplyAsync($"/api/queues/{queue}/stats?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");
        Assert.True(reply.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, reply.ToString());
    }

    [Fact]
    public async Task Stats_of_a_small_scenario_match_the_hand_computed_figures_and_aht_is_null_until_a_call_completes()
    {
        var (queue, fast, slow, gone) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("c"), Wire.NewId("c"));
        var (ann, bob) = (Wire.NewId("a"), Wire.NewId("a"));
        var t = Wire.Now().AddSeconds(-200);
        await client.GivenAsync(
            Wire.AgentLoggedIn(ann, t.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.AgentLoggedIn(bob, t.AddMinutes(-5), Wire.NewId("t"), queue),
            Wire.CallQueued(fast, queue, t),
            Wire.CallQueued(slow, queue, t),
            Wire.CallQueued(gone, queue, t),
            Wire.CallAnswered(fast, ann, t.AddSeconds(5)),
            Wire.CallAnswered(slow, bob, t.AddSeconds(30)),
            Wire.CallAbandoned(gone, t.AddSeconds(40)));

        var range = $"from={Uri.EscapeDataString(Wire.Time(t.AddHours(-1)))}&to={Uri.EscapeDataString(Wire.Time(t.AddHours(1)))}";
        var totals = (await client.GetReplyAsync($"/api/queues/{queue}/stats?{range}")).Status(HttpStatusCode.OK).Body.GetProperty("totals");
        Assert.Equal(3, totals.GetProperty("offered").GetInt32());
        Assert.Equal(2, totals.GetProperty("answered").GetInt32());
        Assert.Equal(1, totals.GetProperty("abandoned").GetInt32());
        Assert.Equal(0, totals.GetProperty("shortAbandoned").GetInt32());
        Assert.Equal(1, totals.GetProperty("answeredWithinThreshold").GetInt32());
        Assert.Equal(1, totals.GetProperty("abandonedAfterThreshold").GetInt32());
        Assert.Equal(0, totals.GetProperty("completed").GetInt32());
        Assert.Equal(35, totals.GetProperty("totalWaitSeconds").GetDouble(), 6);
        Assert.Equal(1.0 / 3, totals.GetProperty("serviceLevel").GetDouble(), 4);
        Assert.Equal(17.5, totals.GetProperty("asaSeconds").GetDouble(), 6);
        Assert.Equal(1.0 / 3, totals.GetProperty("abandonRate").GetDouble(), 4);
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("ahtSeconds").ValueKind);

        // The fast call ends after 45 s of talk: one completed call, AHT 45 s (no wrap-up was sent).
        await client.GivenAsync(Wire.CallEnded(fast, t.AddSeconds(50)));
        var after = (await client.GetReplyAsync($"/api/queues/{queue}/stats?{range}")).Status(HttpStatusCode.OK).Body;
        totals = after.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("completed").GetInt32());
        Assert.Equal(45, totals.GetProperty("ahtSeconds").GetDouble(), 6);
        Assert.Equal(3, totals.GetProperty("offered").GetInt32());

        // The intervals add up to the totals.
        var intervals = after.GetProperty("intervals").EnumerateArray().ToArray();
        Assert.NotEmpty(intervals);
        Assert.Equal(3, intervals.Sum(i => i.GetProperty("offered").GetInt32()));
        Assert.Equal(2, intervals.Sum(i => i.GetProperty("answered").GetInt32()));
        Assert.All(intervals, i => Assert.Equal(TimeSpan.FromMinutes(15), i.GetProperty("to").GetDateTimeOffset() - i.GetProperty("from").GetDateTimeOffset()));
    }

    [Fact]
    public async Task A_short_abandon_counts_in_no_figure_but_shortAbandoned()
    {
        var (queue, call) = (Wire.NewId("q"), Wire.NewId("c"));
        var t = Wire.Now().AddSeconds(-60);
        await client.GivenAsync(Wire.CallQueued(call, queue, t), Wire.CallAbandoned(call, t.AddSeconds(3)));

        var range = $"from={Uri.EscapeDataString(Wire.Time(t.AddHours(-1)))}&to={Uri.EscapeDataString(Wire.Time(t.AddHours(1)))}";
        var totals = (await client.GetReplyAsync($"/api/queues/{queue}/stats?{range}")).Status(HttpStatusCode.OK).Body.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("shortAbandoned").GetInt32());
        Assert.Equal(0, totals.GetProperty("offered").GetInt32());
        Assert.Equal(0, totals.GetProperty("abandoned").GetInt32());
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("serviceLevel").ValueKind);
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("abandonRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("asaSeconds").ValueKind);
    }

    /// <summary>A queue on the floor: stats of a queue no event named are a 404.</summary>
    [Fact]
    public async Task A_caller_the_queue_let_go_is_overflowed_and_offered_and_a_caller_it_refused_is_blocked_and_not()
    {
        var (queue, waited, refused) = (Wire.NewId("q"), Wire.NewId("c"), Wire.NewId("c"));
        var t = Wire.Now().AddSeconds(-400);
        var blocked = Wire.CallEnded(refused, t.AddSeconds(5), "blocked");
        blocked["queueId"] = queue;
        await client.GivenAsync(Wire.CallQueued(waited, queue, t), Wire.CallEnded(waited, t.AddSeconds(300), "overflowed"), blocked);

        // A range of its own: the default (today) would miss the calls in the minutes after midnight.
        var range = $"from={Uri.EscapeDataString(Wire.Time(t.AddHours(-1)))}&to={Uri.EscapeDataString(Wire.Time(t.AddHours(1)))}";
        var totals = (await client.GetReplyAsync($"/api/queues/{queue}/stats?{range}")).Status(HttpStatusCode.OK).Body.GetProperty("totals");

        Assert.Equal(
            (1, 0, 0, 1, 1),
            (totals.GetProperty("offered").GetInt32(), totals.GetProperty("answered").GetInt32(), totals.GetProperty("abandoned").GetInt32(),
                totals.GetProperty("overflowed").GetInt32(), totals.GetProperty("blocked").GetInt32()));
        Assert.Equal(0, totals.GetProperty("abandonRate").GetDouble());
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("serviceLevel").ValueKind);
    }

    private async Task<string> GivenQueueAsync()
    {
        var queue = Wire.NewId("q");
        await client.GivenAsync(Wire.CallQueued(Wire.NewId("c"), queue, Wire.Now().AddSeconds(-5)));
        return queue;
    }
}
