using System.Diagnostics;
using System.Globalization;
using ContactCenter.Testing;
using Microsoft.Playwright;

namespace ContactCenter.Bench.Screens;

/// <summary>
/// The browser side of <see cref="AgentPageBench"/>, in a process of its own (<c>--hold-pages</c>), so
/// Playwright's objects for each page stay out of the server's heap. Reads the server's address, a
/// user name, a password, a path and a count, one per line; signs in on a first page of that path
/// in Debian's chromium and prints <c>ready</c>; on each line <c>open</c>, opens the count of further
/// pages of the path (each following the floor on its own) and prints <c>held {pages held} {seconds}</c> once every
/// one shows its live content; keeps them open until its input closes.
/// </summary>
public static class PageHolder
{
    public const string Flag = "--hold-pages";

    /// <summary>
    /// Pages opened at once: one at a time left the two cores idle while each page waited on the
    /// network (0.32 s a page); the server ends up holding the same pages either way.
    /// </summary>
    private const int OpenTogether = 4;

    /// <summary>Each page waits for its live content at most this long: a page that never shows it fails the run.</summary>
    private static readonly TimeSpan PageDeadline = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(TextReader input, TextWriter output)
    {
        var server = await LineAsync(input, "the server's address");
        var username = await LineAsync(input, "a user name");
        var password = await LineAsync(input, "a password");
        var path = await LineAsync(input, "a path");
        var count = int.Parse(await LineAsync(input, "a count of pages"), CultureInfo.InvariantCulture);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath(),
            Headless = true,
            // Tabs share two renderer processes: a process per tab made opening a page take over a
            // second of the two cores. The server's side of a page, which is what is measured, is the same.
            Args = [.. Chromium.Args, "--renderer-process-limit=2"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server });

        // The first page signs in (its cookie serves the others) and has the server compile the
        // page's code: the server's first reading is taken with it open.
        var first = await context.NewPageAsync();
        await first.GotoAsync(path);
        await first.GetByTestId("login-username").FillAsync(username);
        await first.GetByTestId("login-password").FillAsync(password);
        await first.GetByTestId("login-submit").ClickAsync();
        await ShownAsync(first);
        await ReplyAsync(output, "ready");

        var pages = new List<IPage>();
        while (await input.ReadLineAsync() is { } line)
        {
            if (line == "open")
            {
                var watch = Stopwatch.StartNew();
                for (var opened = 0; opened < count; opened += OpenTogether)
                {
                    pages.AddRange(await Task.WhenAll(Enumerable.Range(0, Math.Min(OpenTogether, count - opened)).Select(_ => OpenAsync(context, path))));
                }

                await ReplyAsync(output, string.Create(CultureInfo.InvariantCulture, $"held {pages.Count} {watch.Elapsed.TotalSeconds:0.0}"));
            }
            else if (line == "check")
            {
                // Every page still live when the server has read its heap: a page that lost its connection would show as a smaller figure.
                foreach (var page in pages)
                {
                    await ShownAsync(page);
                }

                await ReplyAsync(output, "live");
            }
        }

        await context.CloseAsync();
        return 0;
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await ShownAsync(page);
        return page;
    }

    /// <summary>The agent's state and the call's running talk clock on screen, and the page following the agent on the hub.</summary>
    private static async Task ShownAsync(IPage page)
    {
        var options = new LocatorWaitForOptions { Timeout = (float)PageDeadline.TotalMilliseconds };
        await page.GetByTestId("agent-now").WaitForAsync(options);
        await page.GetByTestId("talk-clock").WaitForAsync(options);
        await page.Locator("[data-testid=agent-live][data-live=on]").WaitForAsync(options);
    }

    private static async Task<string> LineAsync(TextReader input, string what) =>
        await input.ReadLineAsync() ?? throw new InvalidDataException($"{what} was expected on standard input");

    private static async Task ReplyAsync(TextWriter output, string line)
    {
        await output.WriteLineAsync(line);
        await output.FlushAsync();
    }
}
