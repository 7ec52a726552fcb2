using System.Text.Json.Nodes;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>Time in state, difficult calls and where an agent's alert points: what the floor says about an agent follows what the agent did.</summary>
[Collection(FloorClockCollection.Name)]
public sealed class AgentStateTests(FloorClockFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_repeated_wrap_up_does_not_restart_time_in_state()
    {
        var (agent, queue) = (Wire.NewId("xa8"), Wire.NewId("qa1"));
        var now = app.Daytime();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-40), "t1", queue),
            Wire.AgentStateChanged(agent, "wrap-up", now.AddSeconds(-420)),
            Wire.AgentStateChanged(agent, "wrap-up", now.AddSeconds(-200)));

        var seen = await client.AgentAsync(agent);
        Assert.Equal(now.AddSeconds(-420), seen.GetProperty("stateSince").GetDateTimeOffset());
        Assert.Equal(420, seen.Number("timeInStateSeconds"));
        Assert.Equal(420, seen.GetProperty("today").Number("wrapUpSeconds"));
        await client.AlertWhenAsync($"LongWrapUp:{agent}:1", a => a.Str("severity") == "critical", "LongWrapUp critical at 420 s");
    }

    [Fact]
    public async Task A_repeated_not_ready_with_the_same_reason_does_not_restart_time_in_state_and_another_reason_does()
    {
        var (agent, other, queue) = (Wire.NewId("xa9"), Wire.NewId("xa9"), Wire.NewId("qa1"));
        var now = app.Daytime();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-40), "t1", queue),
            Wire.AgentStateChanged(agent, "not-ready", now.AddSeconds(-1000), "coaching"),
            Wire.AgentStateChanged(agent, "not-ready", now.AddSeconds(-100), "coaching"),
            Wire.AgentLoggedIn(other, now.AddMinutes(-40), "t1", queue),
            Wire.AgentStateChanged(other, "not-ready", now.AddSeconds(-1000), "coaching"),
            Wire.AgentStateChanged(other, "not-ready", now.AddSeconds(-100), "lunch"));

        Assert.Equal(1000, (await client.AgentAsync(agent)).Number("timeInStateSeconds"));
        await client.AlertWhenAsync($"LongNotReady:{agent}:1", a => a.Str("severity") == "warning", "LongNotReady past 15 min of coaching");
        var changed = await client.AgentAsync(other);
        Assert.Equal(100, changed.Number("timeInStateSeconds"));
        Assert.Equal("lunch", changed.Str("reason"));
    }

    [Fact]
    public async Task Long_holds_reported_after_the_fact_make_difficult_calls_and_raise_AgentStrain()
    {
        var (agent, queue) = (Wire.NewId("xa5"), Wire.NewId("qa1"));
        var now = app.Daytime();
        var batch = new List<JsonObject> { Wire.AgentLoggedIn(agent, now.AddMinutes(-40), "t1", queue) };
        for (var k = 0; k < 3; k++)
        {
            // Each call held 130 s, its hold and resume in the same batch: no live alert ever watched it.
            var (call, at) = (Wire.NewId("xc"), now.AddMinutes(-30 + 8 * k));
            batch.AddRange(
            [
                Wire.CallQueued(call, queue, at),
                Wire.CallAnswered(call, agent, at.AddSeconds(5)),
                Wire.CallHeld(call, at.AddSeconds(60)),
                Wire.CallResumed(call, at.AddSeconds(190)),
                Wire.CallEnded(call, at.AddSeconds(250)),
            ]);
        }

        await client.GivenAsync([.. batch]);

        Assert.Equal(3, (await client.AgentAsync(agent)).GetProperty("today").Int("difficultCallsInRow"));
        var strain = await client.AlertWhenAsync($"AgentStrain:{agent}:1", a => a.Str("status") == "open", "AgentStrain after three difficult calls");
        Assert.Equal("warning", strain.Str("severity"));
    }

    [Fact]
    public async Task An_agents_alert_names_the_queue_of_the_call_in_hand_or_none()
    {
        var (agent, queue, call) = (Wire.NewId("xa"), Wire.NewId("qa5"), Wire.NewId("xc"));
        var now = app.Daytime();
        await client.GivenAsync(
            Wire.AgentLoggedIn(agent, now.AddMinutes(-40), "t1", queue),
            Wire.CallQueued(call, queue, now.AddSeconds(-600)),
            Wire.CallAnswered(call, agent, now.AddSeconds(-590)),
            Wire.CallEnded(call, now.AddSeconds(-400)),
            Wire.AgentStateChanged(agent, "wrap-up", now.AddSeconds(-400)));

        var wrapUp = await client.AlertWhenAsync($"LongWrapUp:{agent}:1", a => a.Str("status") == "open", "LongWrapUp after the call");
        Assert.Null(wrapUp.Str("queueId"));
        Assert.Null((await client.AgentAsync(agent)).Str("currentCallId"));
    }
}
