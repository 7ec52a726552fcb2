using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactCenter.Wallboard.BrowserTests;

/// <summary>
/// The board in the floor's language and on the wall: a Chinese browser gets Chinese screens, a
/// person's choice sticks, names replace ids, and the TV grid fills 1920x1080. Screenshots of each
/// go to test-results (README's come from these).
/// </summary>
[Collection(WallboardCollection.Name)]
public sealed class LanguageAndWallTests(WallboardFixture app)
{

    private readonly HttpClient http = app.Http();

    [Fact]
    public async Task A_browser_in_simplified_chinese_gets_the_board_in_chinese_with_names_and_numbers_as_they_are()
    {
        var (call, agent) = (Events.NewId("c"), Events.NewId("a"));
        var now = DateTimeOffset.UtcNow;
        await http.PostAsync(Events.InScope(agent, now.AddMinutes(-5)), Events.Queued(call, WallboardFixture.Queue, now.AddSeconds(-30)));

        var page = await app.SignInAsync(WallboardFixture.Sam, "/floor", locale: "zh-CN");

        await Expect(page.GetByTestId("floor-strip")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByTestId("strip-waiting")).ToContainTextAsync("等待中的来电");
        await Expect(page.GetByTestId("nav-floor")).ToHaveTextAsync("现场");
        var tile = page.GetByTestId($"queue-tile-{WallboardFixture.Queue}");
        await Expect(tile.Locator("h3")).ToHaveTextAsync(WallboardFixture.QueueName);
        await Expect(tile.GetByTestId("tile-waiting")).ToContainTextAsync("等待");
        await Expect(page.GetByTestId($"call-{call}")).ToContainTextAsync(WallboardFixture.QueueName);
        await page.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "supervisor-view-zh.png") });
    }

    [Fact]
    public async Task The_language_switch_is_remembered_across_reloads_and_switches_back()
    {
        var page = await app.SignInAsync(WallboardFixture.Sam, "/floor");
        await Expect(page.GetByTestId("floor-strip")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await Expect(page.GetByTestId("nav-floor")).ToHaveTextAsync("Floor");

        await page.GetByTestId("culture-zh-CN").ClickAsync();
        await Expect(page.GetByTestId("nav-floor")).ToHaveTextAsync("现场");
        await Expect(page).ToHaveURLAsync(new Regex("/floor$"));
        await page.ReloadAsync();
        await Expect(page.GetByTestId("nav-floor")).ToHaveTextAsync("现场", new() { Timeout = 20_000 });

        await page.GetByTestId("culture-en").ClickAsync();
        await Expect(page.GetByTestId("nav-floor")).ToHaveTextAsync("Floor", new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task The_floor_strip_counts_the_caller_posted_and_the_team_tile_carries_the_teams_name()
    {
        var (call, agent) = (Events.NewId("c"), Events.NewId("a"));
        var now = DateTimeOffset.UtcNow;
        var page = await app.SignInAsync(WallboardFixture.Sam, "/floor");
        await Expect(page.GetByTestId("floor-strip")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        var waiting = page.GetByTestId("strip-waiting").Locator(".strip-value");
        var before = int.Parse(await waiting.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await http.PostAsync(Events.InScope(agent, now.AddMinutes(-5)), Events.Queued(call, WallboardFixture.Queue, now.AddSeconds(-3)));

        await Expect(waiting).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId($"team-tile-{WallboardFixture.Team}").Locator("h3")).ToHaveTextAsync(WallboardFixture.TeamName);
    }

    [Fact]
    public async Task The_tv_fills_1920_by_1080_with_24_queues_and_no_tile_leaves_the_screen()
    {
        var now = DateTimeOffset.UtcNow;
        var queues = Enumerable.Range(1, 24).Select(i => $"wall-{i:00}-{Events.NewId("q")}").ToArray();
        await http.PostAsync([.. queues.Select((q, i) => Events.Queued(Events.NewId("c"), q, now.AddSeconds(-5 - i)))]);

        var tv = await app.SignInAsync(WallboardFixture.Ari, $"/tv?queues={string.Join(',', queues)}");

        var grid = tv.GetByTestId("tv-grid");
        await Expect(grid).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await Expect(tv.Locator("[data-testid^=queue-tile-wall-]")).ToHaveCountAsync(24);
        await Expect(grid).ToHaveAttributeAsync("data-columns", "6");
        await Expect(grid).ToHaveAttributeAsync("data-rows", "4");
        foreach (var tile in await tv.Locator("[data-testid^=queue-tile-wall-]").AllAsync())
        {
            var box = (await tile.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= 1920 && box.Y + box.Height <= 1080, $"a tile at {box.X},{box.Y} {box.Width}x{box.Height} leaves the 1920x1080 screen");
            Assert.True(box.Width > 250 && box.Height > 100, $"a tile of {box.Width}x{box.Height} is too small to read from across a room");
        }

        await tv.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "tv-24-queues.png") });
    }

    [Fact]
    public async Task The_tv_and_the_agent_page_speak_chinese_to_a_chinese_browser()
    {
        var tv = await app.SignInAsync(WallboardFixture.Ari, $"/tv?queues={WallboardFixture.Queue}&teams={WallboardFixture.Team}", locale: "zh-CN");
        await Expect(tv.GetByTestId("tv-grid")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await Expect(tv.GetByTestId("tv-alerts")).ToContainTextAsync("告警");
        await Expect(tv.Locator(".tv-head h1")).ToContainTextAsync(WallboardFixture.QueueName);
        await tv.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "tv-mode-zh.png") });

        var agent = await app.SignInAsync(WallboardFixture.Ada, $"/agent/{WallboardFixture.AdaAgentId}", locale: "zh-CN");
        await Expect(agent.GetByTestId("culture-switch")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await Expect(agent.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await agent.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "agent-page-zh.png") });
        var english = await app.SignInAsync(WallboardFixture.Ada, $"/agent/{WallboardFixture.AdaAgentId}");
        await Expect(english.GetByTestId("culture-switch")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await english.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "agent-page.png") });
    }
}
