using System.Net;
using ContactCenter.Dashboard.Tests.Support;

namespace ContactCenter.Dashboard.Tests.Figures;

/// <summary>
/// QueueWait warns at the queue's T unless a QueueWait level is set (floor-wide or for
/// the queue); its critical level is never below its warning level.
/// </summary>
[Collection(FloorClockCollection.Name)]
public sealed class QueueWaitLevelTests(FloorClockFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_queue_with_its_own_T_warns_at_that_T()
    {
        await WarnsAtAsync(app, client, FloorClockFixture.QueueWithOwnThreshold, seconds: 30);
    }

    [Fact]
    public async Task A_queues_own_QueueWait_level_still_overrides_its_T()
    {
        await WarnsAtAsync(app, client, FloorClockFixture.QueueWithOwnWaitLevel, seconds: 15);
    }

    [Fact]
    public async Task A_floor_wide_T_of_30_s_is_the_floors_QueueWait_warning_and_critical_stays_at_60_s()
    {
        await using var floor = new FloorWithThreshold(30);
        var http = floor.CreateClient();
        var queue = Wire.NewId("qa");
        var alert = await WarnsAtAsync(floor, http, queue, seconds: 30);

        floor.Advance(29);
        Assert.Equal("warning", (await http.AlertAsync(alert)).Str("severity"));
        floor.Advance(1);
        await http.AlertWhenAsync(alert, a => a.Str("severity") == "critical", "critical at 60 s");
    }

    [Fact]
    public async Task The_critical_level_is_never_below_a_warning_level_above_it()
    {
        await using var floor = new FloorWithThreshold(90);
        var http = floor.CreateClient();
        var alert = await WarnsAtAsync(floor, http, Wire.NewId("qa"), seconds: 90);
        Assert.Equal("critical", (await http.AlertAsync(alert)).Str("severity"));
    }

    /// <summary>Queues a call; no alert a second before <paramref name="seconds"/> of waiting, a QueueWait alert at it.</summary>
    private static async Task<string> WarnsAtAsync(FloorClockFixture floor, HttpClient http, string queue, double seconds)
    {
        var call = Wire.NewId("xc");
        await http.GivenAsync(Wire.CallQueued(call, queue, floor.Now.AddSeconds(-(seconds - 1))));
        var alert = $"QueueWait:{queue}:1";
        (await http.GetReplyAsync($"/api/alerts/{alert}")).Status(HttpStatusCode.NotFound);

        floor.Advance(1);
        await http.AlertWhenAsync(alert, a => a.Str("status") == "open", $"QueueWait at {seconds} s");
        return alert;
    }

    private sealed class FloorWithThreshold(double seconds) : FloorClockFixture(new() { ["Floor:ServiceLevelSeconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
