using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>
/// A leg's count and its whole handle time land in the interval where its wrap-up ends
/// (at the call's end when there is no wrap-up), so an interval never has handle time without
/// the leg it belongs to. The same at midnight: such a leg belongs to the new day.
/// </summary>
[Collection(FloorClockCollection.Name)]
public sealed class HandleTimeIntervalTests(FloorClockFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_leg_whose_wrap_up_ends_in_the_next_interval_counts_there_whole()
    {
        var (queue, agent, call) = (Wire.NewId("qa1"), Wire.NewId("xa"), Wire.NewId("xc"));
        var now = app.MoveTo(new TimeOnly(15, 5));
        var (q1445, q1500) = (now.AddMinutes(-20), now.AddMinutes(-5));
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-40), "t1", queue),
            Wire.CallQueued(call, queue, q1445.AddMinutes(5)),
            Wire.CallAnswered(call, agent, q1445.AddMinutes(5).AddSeconds(10)),
            Wire.CallEnded(call, q1500.AddSeconds(-10)),
            Wire.AgentStateChanged(agent, "wrap-up", q1500.AddSeconds(-10)),
            Wire.AgentStateChanged(agent, "available", q1500.AddSeconds(110)));

        var before = await client.StatsAsync(queue, q1445, q1500);
        var after = await client.StatsAsync(queue, q1500, q1500.AddMinutes(15));

        // 14:45: offered, answered and completed (the call ended at 14:59:50), but no leg yet: no AHT.
        Assert.Equal((1, 1, 1, 0), (before.Int("offered"), before.Int("answered"), before.Int("completed"), before.Int("handled")));
        Assert.Equal(0, before.Number("totalHandleSeconds"));
        Assert.Null(before.Number("ahtSeconds"));
        // 15:00: the leg, with 580 s of talk and 120 s of wrap-up that ended at 15:01:50.
        Assert.Equal(1, after.Int("handled"));
        Assert.Equal(700, after.Number("totalHandleSeconds"));
        Assert.Equal(700, after.Number("ahtSeconds"));
    }

    [Fact]
    public async Task A_leg_whose_wrap_up_ends_after_midnight_counts_in_the_new_day()
    {
        var (queue, agent, call) = (Wire.NewId("qa1"), Wire.NewId("xa"), Wire.NewId("xc"));
        var now = app.MoveTo(new TimeOnly(0, 5));
        var midnight = now.AddMinutes(-5);
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, midnight.AddMinutes(-40), "t1", queue),
            Wire.CallQueued(call, queue, midnight.AddMinutes(-10)),
            Wire.CallAnswered(call, agent, midnight.AddMinutes(-10).AddSeconds(10)),
            Wire.CallEnded(call, midnight.AddSeconds(-10)),
            Wire.AgentStateChanged(agent, "wrap-up", midnight.AddSeconds(-10)),
            Wire.AgentStateChanged(agent, "available", midnight.AddSeconds(110)));

        var today = (await client.GetReplyAsync($"/api/queues/{queue}")).Body.GetProperty("today");
        var yesterday = await client.StatsAsync(queue, midnight.AddDays(-1), midnight);

        Assert.Equal((1, 700.0), (today.Int("handled"), today.Number("totalHandleSeconds")!.Value));
        Assert.Equal((0, 1), (today.Int("completed"), yesterday.Int("completed")));
        Assert.Equal(0, yesterday.Int("handled"));
    }
}
