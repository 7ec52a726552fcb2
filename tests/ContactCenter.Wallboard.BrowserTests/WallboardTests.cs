using System.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactCenter.Wallboard.BrowserTests;

/// <summary>
/// The wall-board in Debian's chromium: events posted through the API show on screen. Every wait
/// is on a condition with a deadline (Playwright's auto-waiting expectations), never a fixed sleep.
/// </summary>
[Collection(WallboardCollection.Name)]
public sealed class WallboardTests(WallboardFixture app)
{
    private readonly HttpClient http = app.Http();

    [Fact]
    public async Task A_posted_call_appears_on_the_supervisor_view_and_its_hold_clock_runs()
    {
        var (queue, call, agent) = (Events.NewId("q"), Events.NewId("c"), Events.NewId("a"));
        var page = await OpenFloorAsync("sam");
        var now = DateTimeOffset.UtcNow;

        await http.PostAsync(
            Events.LoggedIn(agent, Events.NewId("t"), queue, now.AddMinutes(-5)),
            Events.Queued(call, queue, now.AddSeconds(-40)),
            Events.Answered(call, agent, now.AddSeconds(-35)),
            Events.Held(call, now.AddSeconds(-5)));

        var row = page.GetByTestId($"call-{call}");
        await Expect(row).ToBeVisibleAsync();
        var clock = row.GetByTestId("hold-clock");
        await Expect(clock).ToBeVisibleAsync();
        var first = await clock.InnerTextAsync();
        // The clock ticks in the browser from the hold's start: its text changes with no new event.
        await Expect(clock).Not.ToHaveTextAsync(first, new() { Timeout = 5_000 });
    }

    [Fact]
    public async Task A_hold_posted_to_start_119_seconds_ago_turns_into_a_critical_alert_on_screen_within_two_seconds()
    {
        var (queue, call, agent) = (Events.NewId("q"), Events.NewId("c"), Events.NewId("a"));
        var page = await OpenFloorAsync("sam");
        var now = DateTimeOffset.UtcNow;

        var posted = Stopwatch.StartNew();
        await http.PostAsync(
            Events.LoggedIn(agent, Events.NewId("t"), queue, now.AddMinutes(-5)),
            Events.Queued(call, queue, now.AddSeconds(-140)),
            Events.Answered(call, agent, now.AddSeconds(-130)),
            Events.Held(call, now.AddSeconds(-119)));

        var severity = page.GetByTestId($"alert-LongHold:{call}:1").GetByTestId("alert-severity");
        await Expect(severity).ToHaveAttributeAsync("data-severity", "critical", new() { Timeout = 5_000 });
        Assert.True(posted.Elapsed < TimeSpan.FromSeconds(2), $"critical on screen {posted.Elapsed.TotalMilliseconds:0} ms after posting");
        await Expect(severity).ToContainTextAsync("critical", new() { IgnoreCase = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "supervisor-view.png"), FullPage = true });
    }

    [Fact]
    public async Task A_supervisor_takes_an_alert_in_one_browser_and_a_second_browser_shows_who_took_it()
    {
        var (queue, call, agent) = (Events.NewId("q"), Events.NewId("c"), Events.NewId("a"));
        var sam = await OpenFloorAsync("sam");
        var kim = await OpenFloorAsync("kim");
        var now = DateTimeOffset.UtcNow;
        await http.PostAsync(
            Events.LoggedIn(agent, Events.NewId("t"), queue, now.AddMinutes(-5)),
            Events.Queued(call, queue, now.AddSeconds(-100)),
            Events.Answered(call, agent, now.AddSeconds(-90)),
            Events.Held(call, now.AddSeconds(-70)));
        var alertId = $"LongHold:{call}:1";

        await sam.GetByTestId($"alert-{alertId}").GetByTestId("alert-action-take").ClickAsync();

        await Expect(kim.GetByTestId($"alert-{alertId}").GetByTestId("alert-taken-by")).ToContainTextAsync("sam");
        await Expect(sam.GetByTestId($"alert-{alertId}").GetByTestId("alert-taken-by")).ToContainTextAsync("sam");
    }

    [Fact]
    public async Task An_agent_raises_a_flag_on_the_agent_page_and_the_supervisor_page_shows_it()
    {
        var (queue, agent) = (Events.NewId("q"), Events.NewId("a"));
        await http.PostAsync(Events.LoggedIn(agent, Events.NewId("t"), queue, DateTimeOffset.UtcNow.AddMinutes(-5)));
        var supervisor = await OpenFloorAsync("sam");
        var agentPage = await app.OpenAsync($"/agent/{agent}", 1366, 768);
        await Expect(agentPage.GetByTestId("agent-now")).ToBeVisibleAsync();

        await agentPage.GetByTestId("help-button").ClickAsync();
        await agentPage.GetByTestId("help-reason-1").ClickAsync();

        var alert = supervisor.GetByTestId($"alert-AssistanceRequested:{agent}:1");
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert.GetByTestId("alert-severity")).ToHaveAttributeAsync("data-severity", "critical");

        await alert.GetByTestId("alert-action-take").ClickAsync();
        await Expect(agentPage.GetByTestId("help-taken-by")).ToContainTextAsync("sam");
    }

    [Fact]
    public async Task TV_mode_shows_the_queues_large_and_dark_with_no_controls()
    {
        var queue = Events.NewId("q");
        await http.PostAsync(Events.Queued(Events.NewId("c"), queue, DateTimeOffset.UtcNow.AddSeconds(-8)));
        var tv = await app.OpenAsync($"/tv?queues={queue}");

        await Expect(tv.GetByTestId($"queue-tile-{queue}")).ToBeVisibleAsync();
        await Expect(tv.GetByTestId($"queue-tile-{queue}").GetByTestId("tile-waiting")).ToContainTextAsync("1");
        Assert.Equal(0, await tv.Locator("button:visible").CountAsync());
        await tv.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "tv-mode.png") });
    }

    private async Task<IPage> OpenFloorAsync(string supervisor)
    {
        var page = await app.OpenAsync($"/?as={supervisor}");
        // Interactive once the live view rendered: the inbox is there (empty or not).
        await Expect(page.GetByTestId("alert-inbox")).ToBeVisibleAsync();
        return page;
    }
}
