using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// Debian's chromium on the wall-board through haproxy, started on a chosen front end by the
/// balancer's stickiness cookie: what a supervisor's screen does when that front end dies.
/// </summary>
public sealed class PinnedBrowser : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private PinnedBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>
    /// Opens an agent's page in another tab on the same front end, and waits until it follows the
    /// agent on the hub (the agent need not be on the floor yet: the page waits for them).
    /// </summary>
    public async Task<IPage> OpenAgentPageAsync(string agentId)
    {
        var page = await Page.Context.NewPageAsync();
        page.Console += (_, message) => Console.WriteLine($"agent page console {DateTimeOffset.UtcNow:HH:mm:ss.fff}: {message.Text}");
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync($"/agent/{agentId}");
        await Expect(page.Locator("[data-testid=agent-live][data-live=on]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return page;
    }

    /// <summary>Opens the floor page through <paramref name="balancer"/> on front end <paramref name="front"/>, and waits until it is live.</summary>
    public static async Task<PinnedBrowser> OpenFloorAsync(Uri balancer, int front)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.ExecutablePath(), Headless = true, Args = Chromium.Args });
        var context = await browser.NewContextAsync(new() { BaseURL = balancer.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
        await context.AddCookiesAsync([new Cookie { Name = "CC_FRONT", Value = $"front{front}", Url = balancer.ToString() }]);
        var page = await context.NewPageAsync();
        // What the page's own recovery did, for the test's output when it fails.
        page.Console += (_, message) => Console.WriteLine($"browser console {DateTimeOffset.UtcNow:HH:mm:ss.fff}: {message.Text}");
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("alert-inbox")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return new PinnedBrowser(playwright, browser, page);
    }

    public Task ScreenshotAsync(string name) => Page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ResultsFolder, name) });

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
