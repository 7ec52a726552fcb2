using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactCenter.Wallboard.BrowserTests;

/// <summary>
/// The wall-board in Debian's chromium, with security on: each browser signs in on the /login
/// page first, and events posted through the API show on screen. Every wait is on a condition
/// with a deadline (Playwright's auto-waiting expectations), never a fixed sleep.
/// </summary>
[Collection(WallboardCollection.Name)]
public sealed partial class WallboardTests(WallboardFixture app)
{
    private readonly HttpClient http = app.Http();

    [Fact]
    public async Task A_posted_call_appears_on_the_supervisor_view_and_its_hold_clock_runs()
    {
        var (call, agent) = (Events.NewId("c"), Events.NewId("a"));
        var page = await OpenFloorAsync(WallboardFixture.Sam);
        var now = DateTimeOffset.UtcNow;

        await http.PostAsync(
            Events.InScope(agent, now.AddMinutes(-5)),
            Events.Queued(call, WallboardFixture.Queue, now.AddSeconds(-40)),
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
    public async Task A_hold_posted_to_start_119_seconds_ago_turns_into_a_critical_alert_on_screen_with_no_further_event()
    {
        var (call, agent) = (Events.NewId("c"), Events.NewId("a"));
        var page = await OpenFloorAsync(WallboardFixture.Sam);
        var now = DateTimeOffset.UtcNow;

        await http.PostAsync(
            Events.InScope(agent, now.AddMinutes(-5)),
            Events.Queued(call, WallboardFixture.Queue, now.AddSeconds(-140)),
            Events.Answered(call, agent, now.AddSeconds(-130)),
            Events.Held(call, now.AddSeconds(-119)));

        var severity = page.GetByTestId($"alert-LongHold:{call}:1").GetByTestId("alert-severity");
        // The threshold is 1 s after the post; a deadline of 4 s catches a rule left to a periodic
        // sweep. How soon after the threshold is the benchmark's figure (alert p99), not a wall-clock
        // assertion here: CI's busy two cores once took 2.3 s from the post.
        await Expect(severity).ToHaveAttributeAsync("data-severity", "critical", new() { Timeout = 4_000 });
        await Expect(severity).ToContainTextAsync("critical", new() { IgnoreCase = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "supervisor-view.png"), FullPage = true });
    }

    [Fact]
    public async Task A_supervisor_takes_an_alert_in_one_browser_and_a_second_browser_shows_who_took_it()
    {
        var (call, agent) = (Events.NewId("c"), Events.NewId("a"));
        var sam = await OpenFloorAsync(WallboardFixture.Sam);
        var kim = await OpenFloorAsync(WallboardFixture.Kim);
        var now = DateTimeOffset.UtcNow;
        await http.PostAsync(
            Events.InScope(agent, now.AddMinutes(-5)),
            Events.Queued(call, WallboardFixture.Queue, now.AddSeconds(-100)),
            Events.Answered(call, agent, now.AddSeconds(-90)),
            Events.Held(call, now.AddSeconds(-70)));
        var alertId = $"LongHold:{call}:1";

        await sam.GetByTestId($"alert-{alertId}").GetByTestId("alert-action-take").ClickAsync();

        await Expect(kim.GetByTestId($"alert-{alertId}").GetByTestId("alert-taken-by")).ToContainTextAsync(WallboardFixture.Sam);
        await Expect(sam.GetByTestId($"alert-{alertId}").GetByTestId("alert-taken-by")).ToContainTextAsync(WallboardFixture.Sam);
    }

    [Fact]
    public async Task An_agent_raises_a_flag_on_the_agent_page_and_the_supervisor_page_shows_it()
    {
        // ada.agent is agent a1 of team t1: the only agent page she may open is /agent/a1.
        var agent = WallboardFixture.AdaAgentId;
        await http.PostAsync(Events.InScope(agent, DateTimeOffset.UtcNow.AddMinutes(-5)));
        var supervisor = await OpenFloorAsync(WallboardFixture.Sam);
        var agentPage = await app.SignInAsync(WallboardFixture.Ada, $"/agent/{agent}", 1366, 768);
        // Loaded again with its sockets watched: the page follows the floor on one hub connection, not a circuit.
        var sockets = new System.Collections.Concurrent.ConcurrentQueue<string>();
        agentPage.WebSocket += (_, socket) => sockets.Enqueue(new Uri(socket.Url).AbsolutePath);
        await agentPage.ReloadAsync();
        await Expect(agentPage.GetByTestId("agent-now")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await Expect(agentPage.GetByTestId("signed-in-name")).ToHaveTextAsync(WallboardFixture.Ada);

        await agentPage.GetByTestId("help-button").ClickAsync();
        await agentPage.GetByTestId("help-reason-1").ClickAsync();
        await Expect(agentPage.GetByTestId("help-message")).ToContainTextAsync("Help requested");
        await Expect(agentPage.GetByTestId("help-waiting")).ToBeVisibleAsync();

        var alert = supervisor.GetByTestId($"alert-AssistanceRequested:{agent}:1");
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert.GetByTestId("alert-severity")).ToHaveAttributeAsync("data-severity", "critical");

        await alert.GetByTestId("alert-action-take").ClickAsync();
        await Expect(agentPage.GetByTestId("help-taken-by")).ToContainTextAsync(WallboardFixture.Sam);
        await agentPage.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "agent-page-help-taken.png") });
        Assert.Equal(["/hubs/floor"], sockets.Distinct());
    }

    [Fact]
    public async Task TV_mode_shows_the_queues_large_and_dark_with_no_controls()
    {
        // An admin's TV shows every queue, so a queue of its own keeps the waiting count exact.
        var queue = Events.NewId("q");
        await http.PostAsync(Events.Queued(Events.NewId("c"), queue, DateTimeOffset.UtcNow.AddSeconds(-8)));
        var tv = await app.SignInAsync(WallboardFixture.Ari, $"/tv?queues={queue}");

        await Expect(tv.GetByTestId($"queue-tile-{queue}")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await Expect(tv.GetByTestId($"queue-tile-{queue}").GetByTestId("tile-waiting")).ToContainTextAsync("1");
        Assert.Equal(0, await tv.Locator("button:visible").CountAsync());
        await tv.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "tv-mode.png") });
    }

    [Fact]
    public async Task A_TV_whose_circuit_the_server_ended_after_an_error_reloads_itself_and_shows_the_queues_again()
    {
        var queue = Events.NewId("q");
        await http.PostAsync(Events.Queued(Events.NewId("c"), queue, DateTimeOffset.UtcNow.AddSeconds(-8)));
        var tv = await app.SignInAsync(WallboardFixture.Ari, $"/tv?queues={queue}");
        await Expect(tv.GetByTestId($"queue-tile-{queue}")).ToBeVisibleAsync(WallboardFixture.FirstRender);

        // What blazor.web.js does when the server ends a circuit after an unhandled exception: it
        // shows the error element and nothing else (no reconnect state). A marker tells a reload apart.
        await tv.EvaluateAsync("() => { window.beforeReload = true; document.getElementById('blazor-error-ui').style.display = 'block'; }");

        await tv.WaitForFunctionAsync("() => window.beforeReload === undefined", null, new() { Timeout = 30_000 });
        await Expect(tv.GetByTestId($"queue-tile-{queue}").GetByTestId("tile-waiting")).ToContainTextAsync("1", new() { Timeout = 20_000 });
        await Expect(tv.GetByTestId("error-banner")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task An_anonymous_visitor_to_the_floor_lands_on_the_sign_in_page()
    {
        var page = await app.OpenAsync("/");

        await Expect(page).ToHaveURLAsync(LoginPage());
        await Expect(page.GetByTestId("login-form")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByTestId("alert-inbox").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "sign-in.png") });
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_on_the_sign_in_page()
    {
        var page = await app.OpenAsync("/login");

        await WallboardFixture.SubmitSignInAsync(page, WallboardFixture.Sam, "not-the-password");

        await Expect(page).ToHaveURLAsync(new Regex("/login\\?error=invalid"));
        await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("Unknown user name or wrong password.");
        await Expect(page.GetByTestId("login-form")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_the_floor_asks_again()
    {
        var page = await OpenFloorAsync(WallboardFixture.Kim);
        await Expect(page.GetByTestId("signed-in-name")).ToHaveTextAsync(WallboardFixture.Kim);
        Assert.Equal(0, await page.GetByTestId("supervisor-name").CountAsync());

        await page.GetByTestId("sign-out").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/login").ToString());
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginPage());
    }

    [Fact]
    public async Task An_agent_who_opens_the_floor_is_told_it_is_not_for_their_role()
    {
        var page = await app.OpenAsync("/");
        await WallboardFixture.SubmitSignInAsync(page, WallboardFixture.Ada, WallboardFixture.PasswordOf(WallboardFixture.Ada));

        await Expect(page).ToHaveURLAsync(new Regex("/denied"));
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("denied-own-page")).ToHaveAttributeAsync("href", $"agent/{WallboardFixture.AdaAgentId}");
    }

    /// <summary>The sign-in page, whatever return address it carries.</summary>
    private static Regex LoginPage() => LoginUrl();

    [GeneratedRegex("/login(\\?|$)")]
    private static partial Regex LoginUrl();

    [Fact]
    public async Task A_supervisor_picks_a_past_day_on_the_intraday_page_and_takes_its_intervals_away_as_csv()
    {
        var (answered, gone, agent) = (Events.NewId("c"), Events.NewId("c"), Events.NewId("a"));
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5);
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 2)), TimeSpan.Zero);
        await http.PostAsync(
            Events.InScope(agent, at.AddMinutes(-2)),
            Events.Queued(answered, WallboardFixture.Queue, at),
            Events.Answered(answered, agent, at.AddSeconds(8)),
            Events.Queued(gone, WallboardFixture.Queue, at.AddSeconds(30)),
            Events.Abandoned(gone, at.AddSeconds(90)));
        var page = await app.SignInAsync(WallboardFixture.Sam, $"/intraday/{WallboardFixture.Queue}");
        await Expect(page.GetByTestId("intraday-totals")).ToContainTextAsync("Today:", new() { Timeout = 15_000 });

        await page.GetByTestId("intraday-day").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByTestId("intraday-day").DispatchEventAsync("change");

        var totals = page.GetByTestId("intraday-totals");
        await Expect(totals).ToContainTextAsync($"{day:yyyy-MM-dd}: 2 offered · 1 answered · 1 abandoned");
        await Expect(page).ToHaveURLAsync(new Regex($"day={day:yyyy-MM-dd}$"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "intraday-past-day.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("intraday-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("queue,from,to,offered,answered,abandoned,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{WallboardFixture.Queue},{day:yyyy-MM-dd}T10:00:00Z,{day:yyyy-MM-dd}T10:15:00Z,2,1,1,", lines[1], StringComparison.Ordinal);
    }

    private async Task<IPage> OpenFloorAsync(string supervisor)
    {
        var page = await app.SignInAsync(supervisor, "/");
        // Interactive once the live view rendered: the inbox is there (empty or not).
        await Expect(page.GetByTestId("alert-inbox")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        return page;
    }
}
