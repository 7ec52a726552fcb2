using ContactCenter.Contracts.Alerts;
using static ContactCenter.Testing.Events;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// A rule timer's turn is a request only the silo's schedule sends, so no connector retries it:
/// when it fails (here the history store refuses the alert's save once), the grain comes back from
/// storage by itself and the threshold is judged again, rather than waiting for the call's next event.
/// </summary>
[Collection(FloorCollection.Name)]
public sealed class TimerTurnFailureTests(FloorClusterFixture floor)
{
    private DateTimeOffset Now => floor.Clock.GetUtcNow();

    [Fact]
    public async Task An_escalation_whose_save_failed_is_raised_once_the_call_is_woken_again()
    {
        var (call, agent, queue, team) = (Unique("c"), Unique("a"), Unique("q"), Unique("t"));
        await floor.Sink.IngestAsync([LoggedIn(agent, team, Now.AddMinutes(-5), queue), Queued(call, queue, Now.AddSeconds(-200)), Answered(call, agent, Now.AddSeconds(-190)), Held(call, Now.AddSeconds(-60))]);
        var warning = await floor.WaitFor(AlertRule.LongHold, call, a => a.IsActive, "LongHold warning at 60 s");

        floor.FaultyHistory.RefuseAlertSaves($"{AlertRule.LongHold}:{call}");
        floor.Clock.Advance(TimeSpan.FromSeconds(60));
        var critical = await floor.WaitFor(AlertRule.LongHold, call, a => a.Severity == AlertSeverity.Critical, "LongHold critical after the failed turn was tried again");

        Assert.Equal(warning.AlertId, critical.AlertId);
        Assert.Equal(warning.Since, critical.Since);
        Assert.True(floor.Log.Holds($"rule timer's turn failed on call/{call}"), $"the failed turn was not logged; latest:\n{floor.Log.Latest(20)}");
    }
}
