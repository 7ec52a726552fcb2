using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// The cluster as cluster.sh runs it (Redis, three silos, two front ends, haproxy): a seeded
/// stream posted in time-ordered batches, read back from front end 2, with a silo, Redis or a
/// front end killed while a batch is being applied. Only 200 and 503 may be seen, and every queue
/// interval must equal what the same stream gives a product nobody disturbed.
/// </summary>
public sealed class ClusterFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_silo_killed_under_load_loses_nothing_and_ingestion_resumes_within_10_seconds()
    {
        var firstAcknowledged = await AssertSameFloorAsync(cluster => cluster.RunAsync("kill-silo", "1"), "silo 1 killed", viaBalancer: false, seed: 9);
        Assert.True(firstAcknowledged < TimeSpan.FromSeconds(10), $"ingestion took {firstAcknowledged.TotalSeconds:F1} s to accept again");
    }

    [Fact]
    public async Task Redis_killed_and_started_again_answers_503_meanwhile_and_keeps_the_floor()
    {
        await AssertSameFloorAsync(
            async cluster =>
            {
                await cluster.RunAsync("kill-redis");
                await Task.Delay(TimeSpan.FromSeconds(3));
                await cluster.RunAsync("start-redis");
            },
            "redis-server killed for 3 s",
            viaBalancer: false,
            seed: 13);
    }

    [Fact]
    public async Task A_front_end_killed_under_load_leaves_the_other_to_serve_and_its_screens_reconnect_there()
    {
        await AssertSameFloorAsync(cluster => cluster.RunAsync("kill-front", "1"), "front end 1 killed", viaBalancer: true, seed: 17, watchFromFront1: true);
    }

    /// <summary>Posts the stream with a fault struck mid-batch; returns the time from the fault to the batch's acknowledgement.</summary>
    /// <param name="watchFromFront1">A screen follows the floor through the balancer from front end 1 and must show, after the fault, the floor front end 2 shows.</param>
    private async Task<TimeSpan> AssertSameFloorAsync(Func<ClusterScript, Task> fault, string what, bool viaBalancer, int seed, bool watchFromFront1 = false)
    {
        var stream = RecentStream.Of(seed);
        var batches = stream.Batches;
        var (expectedRejected, expected) = await stream.UndisturbedAsync();

        await using var cluster = new ClusterScript();
        output.WriteLine(await cluster.RunAsync("up"));
        var connector = new HttpConnector(viaBalancer ? cluster.Balancer : cluster.Front(1));
        await using var screen = watchFromFront1 ? await FloorHubClient.ConnectAsync(cluster.Balancer, "floor", reconnect: true, cookies: cluster.StickTo(1)) : null;
        await using var browser = watchFromFront1 ? await PinnedBrowser.OpenFloorAsync(cluster.Balancer, 1) : null;
        var watchedAgent = $"after-kill-agent-{Guid.NewGuid():N}"[..24];
        var agentPage = browser is null ? null : await browser.OpenAgentPageAsync(watchedAgent);
        var half = batches.Count / 2;
        await connector.PostAsync(batches.Take(half));

        var posting = connector.PostOneAsync(batches[half]);
        await Task.Delay(TimeSpan.FromMilliseconds(30));
        var struck = Stopwatch.StartNew();
        await fault(cluster);
        await posting;
        var acknowledged = struck.Elapsed;
        await connector.PostAsync(batches.Skip(half + 1));

        var actual = await new HttpConnector(cluster.Front(2)).QueueFiguresAsync(stream.Queues, stream.From, stream.To);
        output.WriteLine($"{stream.Events} events in {batches.Count} batches; {what} while batch {half} was applied");
        output.WriteLine($"statuses seen: {string.Join(", ", connector.Statuses)}; refused connections {connector.RefusedConnections}; from the fault to the batch acknowledged: {acknowledged.TotalSeconds:F1} s");
        output.WriteLine(await cluster.RunAsync("status"));
        if (!connector.Statuses.IsSubsetOf([HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable]))
        {
            output.WriteLine($"the front ends logged:\n{cluster.FrontEndErrors()}");
        }

        Assert.Subset(new HashSet<HttpStatusCode> { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }, connector.Statuses);
        Assert.Equal(expectedRejected, connector.Rejected);
        var differences = FloorFigures.Differences(expected, actual);
        if (differences.Length > 0)
        {
            Assert.Fail($"figures differ after {what} (logs kept in {cluster.KeepLogs("figures")}):\n{differences}");
        }
        if (screen is not null)
        {
            await AssertScreenShowsFrontTwosFloorAsync(screen, cluster);
        }

        if (browser is not null)
        {
            try
            {
                await AssertBrowserFollowsTheFloorAsync(browser, agentPage!, watchedAgent, connector, stream.Queues[0]);
            }
            catch (Microsoft.Playwright.PlaywrightException)
            {
                output.WriteLine($"the front ends logged:\n{cluster.FrontEndErrors()}");
                throw;
            }
        }

        return acknowledged;
    }

    /// <summary>
    /// The pages that were on the killed front end find the other one and show a call posted after
    /// the kill: the floor page reloads itself there, the agent's page reconnects its hub connection.
    /// </summary>
    private async Task AssertBrowserFollowsTheFloorAsync(PinnedBrowser browser, Microsoft.Playwright.IPage agentPage, string agent, HttpConnector connector, string queue)
    {
        var now = Wire.Now();
        var call = $"after-kill-call-{Guid.NewGuid():N}"[..23];
        await connector.PostAsync([[
            Events.LoggedIn(agent, "t-after-kill", now.AddMinutes(-2), queue),
            Events.Queued(call, queue, now.AddSeconds(-30)),
            Events.Answered(call, agent, now.AddSeconds(-20)),
        ]]);
        var watch = Stopwatch.StartNew();
        // The page may still be finding its way back (it polls every 2 s, gives a stuck rejoin 5 s, then
        // reloads onto front end 2), so the deadline covers that recovery, not only the push.
        await Microsoft.Playwright.Assertions.Expect(browser.Page.GetByTestId($"call-{call}")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await browser.ScreenshotAsync("cluster-front-end-killed.png");
        output.WriteLine($"the browser on the killed front end showed a call posted after the kill {watch.Elapsed.TotalSeconds:F1} s after it was posted (screenshot test-results/cluster-front-end-killed.png)");
        await Microsoft.Playwright.Assertions.Expect(agentPage.GetByTestId("agent-current-call")).ToContainTextAsync(call, new() { Timeout = 30_000 });
        await Microsoft.Playwright.Assertions.Expect(agentPage.GetByTestId("agent-live")).ToHaveAttributeAsync("data-live", "on");
        await agentPage.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ResultsFolder, "cluster-front-end-killed-agent-page.png") });
        output.WriteLine($"the agent's page on the killed front end showed the agent's call {watch.Elapsed.TotalSeconds:F1} s after it was posted");
    }

    private async Task AssertScreenShowsFrontTwosFloorAsync(FloorHubClient screen, ClusterScript cluster)
    {
        await using var direct = await FloorHubClient.ConnectAsync(cluster.Front(2), "floor");
        var left = await Eventually.Get(
            async () =>
            {
                await direct.ResyncAsync();
                return screen.Current().DifferencesFrom(direct.Current());
            },
            d => d.Length == 0,
            "the screen's floor to equal front end 2's",
            deadlineMs: 30_000);
        var floor = direct.Current();
        output.WriteLine($"the screen reconnected {screen.Reconnections} time(s) and shows front end 2's floor: {floor.Calls.Count} calls, {floor.Agents.Count} agents");
        Assert.Empty(left);
        Assert.True(screen.Reconnections >= 1, "the screen was on front end 1 and should have reconnected");
        Assert.NotEmpty(floor.Agents);
    }
}
