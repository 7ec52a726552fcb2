using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactCenter.Wallboard.BrowserTests;

/// <summary>
/// The agent's page is rendered by the server per request and follows the agent on the floor hub:
/// what the telephony reports about the agent's call reaches the open page without a reload, and
/// its clocks tick in the browser.
/// </summary>
[Collection(WallboardCollection.Name)]
public sealed class AgentPageLiveTests(WallboardFixture app)
{
    private readonly HttpClient http = app.Http();

    [Fact]
    public async Task The_open_page_shows_the_agents_call_as_it_is_answered_and_ended()
    {
        var agent = WallboardFixture.AdaAgentId;
        var call = Events.NewId("c");
        var now = DateTimeOffset.UtcNow;
        await http.PostAsync(Events.InScope(agent, now.AddMinutes(-2)));
        var page = await app.SignInAsync(WallboardFixture.Ada, $"/agent/{agent}", 1366, 768);
        await Expect(page.GetByTestId("agent-now")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await Expect(page.GetByTestId("agent-current-call")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("agent-live")).ToHaveAttributeAsync("data-live", "on");
        var loaded = await page.EvaluateAsync<double>("performance.timeOrigin");

        await http.PostAsync(Events.Queued(call, WallboardFixture.Queue, now.AddSeconds(-20)), Events.Answered(call, agent, now.AddSeconds(-10)));

        await Expect(page.GetByTestId("agent-current-call")).ToContainTextAsync(call);
        var clock = page.GetByTestId("agent-current-call").GetByTestId("talk-clock");
        var first = await clock.InnerTextAsync();
        await Expect(clock).Not.ToHaveTextAsync(first, new() { Timeout = 5_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "agent-page-on-call.png") });

        await http.PostAsync(Events.Event("CallEnded", DateTimeOffset.UtcNow, ("callId", call), ("reason", "completed")));
        await Expect(page.GetByTestId("agent-current-call")).ToHaveCountAsync(0);
        // The same document all along: the changes came through the hub, not a reload.
        Assert.Equal(loaded, await page.EvaluateAsync<double>("performance.timeOrigin"));
    }

    [Fact]
    public async Task The_help_button_opens_the_reasons_without_a_round_trip()
    {
        var page = await app.SignInAsync(WallboardFixture.Ada, $"/agent/{WallboardFixture.AdaAgentId}", 1366, 768);
        await Expect(page.GetByTestId("help-button")).ToBeVisibleAsync(WallboardFixture.FirstRender);
        await Expect(page.GetByTestId("help-reason-0")).Not.ToBeVisibleAsync();

        await page.GetByTestId("help-button").ClickAsync();

        await Expect(page.GetByTestId("help-reason-5")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(WallboardFixture.ResultsFolder, "agent-page-reasons.png") });
    }

    [Fact]
    public async Task A_form_posted_to_another_agents_page_is_refused_and_raises_nothing()
    {
        var other = Events.NewId("a");
        await http.PostAsync(Events.InScope(other, DateTimeOffset.UtcNow.AddMinutes(-1)));
        var page = await app.SignInAsync(WallboardFixture.Ada, $"/agent/{WallboardFixture.AdaAgentId}", 1366, 768);
        await Expect(page.GetByTestId("help-button")).ToBeVisibleAsync(WallboardFixture.FirstRender);

        // Ada's own form (its antiforgery token and handler name), sent to another agent's page: that
        // page renders no form for her, so no handler runs.
        var answer = await page.EvaluateAsync<string>(
            "async other => { const r = await fetch('/agent/' + other, { method: 'POST', body: new FormData(document.querySelector('[data-testid=help-reason-form-1]')) }); return r.status + ' ' + await r.text(); }",
            other);

        Assert.StartsWith("400 ", answer, StringComparison.Ordinal);
        Assert.Contains("no form on the page currently has that name", answer, StringComparison.Ordinal);
    }
}
