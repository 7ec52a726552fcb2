using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>A connector replaying a day sends it in one batch, in time order; every event of it is taken.</summary>
[Collection(FloorClockCollection.Name)]
public sealed class BatchReplayTests(FloorClockFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task One_batch_holding_an_agents_whole_day_is_taken_whole()
    {
        var (agent, queue) = (Wire.NewId("xa"), Wire.NewId("qa1"));
        var start = app.Daytime().AddMinutes(-40);
        var batch = new List<JsonObject>
        {
            Wire.AgentLoggedIn(agent, start, "t1", queue),
            Wire.AgentStateChanged(agent, "available", start.AddSeconds(1)),
        };
        for (var k = 0; k < 12; k++)
        {
            // Each call: queued, answered 5 s later, 115 s of talk, then 30 s of wrap-up.
            batch.AddRange(Call(agent, queue, start.AddMinutes(1 + 3 * k)));
        }

        var reply = await client.PostEventsAsync([.. batch]);

        Assert.Equal(62, batch.Count);
        Assert.True(reply.Body.GetProperty("rejected").GetArrayLength() == 0, $"refused in part: {reply}");
        Assert.Equal(62, reply.Body.Int("accepted"));
        var today = (await client.AgentAsync(agent)).GetProperty("today");
        Assert.Equal(12, today.Int("calls"));
        Assert.Equal(12 * 115, today.Number("talkSeconds"));
        Assert.Equal(12 * 30, today.Number("wrapUpSeconds"));
        var figures = await client.StatsAsync(queue, start.AddHours(-1), app.Now.AddHours(1));
        Assert.Equal((12, 12, 12), (figures.Int("offered"), figures.Int("completed"), figures.Int("handled")));
        Assert.Equal(145, figures.Number("ahtSeconds"));
    }

    [Fact]
    public async Task One_batch_mixing_many_agents_days_in_time_order_is_taken_whole()
    {
        var queue = Wire.NewId("qa2");
        var agents = Enumerable.Range(0, 6).Select(_ => Wire.NewId("xa")).ToArray();
        var start = app.Daytime().AddMinutes(-40);
        var timed = new List<(DateTimeOffset At, int Order, JsonObject Event)>();
        foreach (var (agent, n) in agents.Select((a, n) => (a, n)))
        {
            timed.Add((start, n, Wire.AgentLoggedIn(agent, start, "t1", queue)));
            for (var k = 0; k < 10; k++)
            {
                var calls = Call(agent, queue, start.AddSeconds(30 + 200 * k + n));
                timed.AddRange(calls.Select((e, i) => (DateTimeOffset.Parse(e["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), i, e)));
            }
        }

        // In time order, as a source writes its log: the agents' events interleave.
        var batch = timed.OrderBy(t => t.At).ThenBy(t => t.Order).Select(t => t.Event).ToArray();
        var reply = await client.PostEventsAsync(batch);

        Assert.True(reply.Body.GetProperty("rejected").GetArrayLength() == 0, $"refused in part: {reply}");
        Assert.Equal(batch.Length, reply.Body.Int("accepted"));
        foreach (var agent in agents)
        {
            Assert.Equal(10, (await client.AgentAsync(agent)).GetProperty("today").Int("calls"));
        }

        var figures = await client.StatsAsync(queue, start.AddHours(-1), app.Now.AddHours(1));
        Assert.Equal((60, 60, 60), (figures.Int("offered"), figures.Int("completed"), figures.Int("handled")));
    }

    private static JsonObject[] Call(string agent, string queue, DateTimeOffset queued)
    {
        var call = Wire.NewId("xc");
        var ended = queued.AddSeconds(120);
        return
        [
            Wire.CallQueued(call, queue, queued),
            Wire.CallAnswered(call, agent, queued.AddSeconds(5)),
            Wire.CallEnded(call, ended),
            Wire.AgentStateChanged(agent, "wrap-up", ended),
            Wire.AgentStateChanged(agent, "available", ended.AddSeconds(30)),
        ];
    }
}
