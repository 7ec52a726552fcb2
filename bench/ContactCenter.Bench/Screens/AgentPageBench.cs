using System.Globalization;
using System.Text.Json;
using ContactCenter.Bench.Hosting;
using ContactCenter.Bench.Memory;
using ContactCenter.Contracts.Events;
using ContactCenter.Dashboard.Security;
using ContactCenter.Testing;

namespace ContactCenter.Bench.Screens;

/// <summary>
/// The agent page as agents have it (rendered per request, following the agent on one hub
/// connection; until 2026-12 a Blazor circuit), opened in Debian's chromium through the
/// sign-in page by a child process (<see cref="PageHolder"/>): this process hosts the server, so
/// the growth of its heap and working set over <c>n</c> more pages of the same signed-in agent (after <c>n</c> already open)
/// (each following the floor on its own, showing the agent on a call with running clocks) is the front
/// end's cost per page. It is what the hub connection's figure is to be compared with.
/// </summary>
public static class AgentPageBench
{
    private const string AgentUser = "ada.agent";
    private const string AgentId = "a1";

    public static async Task<AgentPageFigures> RunAsync(BenchMode mode, TextWriter log)
    {
        // A quiet front end's heap moves by up to about 0.6 MB between readings (what 20 pages add;
        // --quick read -14 to +31 KB a page over 20): the slope is taken over 60 pages a side, 40 in --quick.
        var pages = mode switch { BenchMode.Smoke => 2, BenchMode.Quick => 40, _ => 60 };
        await using var host = await BenchHost.StartAsync();
        await PostAgentOnCallAsync(host);

        await using var holder = BenchChild.Start(PageHolder.Flag, "the page holder");
        await holder.SendAsync(host.BaseAddress.ToString(), AgentUser, DemoUsers.Password, $"/agent/{AgentId}", pages.ToString(CultureInfo.InvariantCulture));
        await holder.ExpectAsync(reply => reply == "ready");
        // The slope between two readings, not the growth from the first: the first pages also grow
        // the server's caches and pools once (about 0.9 MB, which over 20 pages read as 75-79 KB a page).
        await holder.SendAsync("open");
        await holder.ExpectAsync(reply => reply.StartsWith($"held {pages} ", StringComparison.Ordinal));
        var before = await HeapProbe.SettledAsync(TimeSpan.FromSeconds(15));
        await holder.SendAsync("open");
        var held = await holder.ExpectAsync(reply => reply.StartsWith($"held {2 * pages} ", StringComparison.Ordinal));
        var after = await HeapProbe.SettledAsync(TimeSpan.FromSeconds(15));
        await holder.SendAsync("check");
        await holder.ExpectAsync(reply => reply == "live");

        var figures = new AgentPageFigures(
            pages,
            (after.Heap - before.Heap) / (double)pages,
            (after.WorkingSet - before.WorkingSet) / (double)pages,
            double.Parse(held.Split(' ')[2], CultureInfo.InvariantCulture));
        log.WriteLine(FormattableString.Invariant(
            $"  agent page, {pages} more pages in chromium after {pages} ({figures.SecondsToOpen:0.0} s to open): {figures.HeapBytesPerPage:N0} B heap and {figures.WorkingSetBytesPerPage:N0} B working set per page in the front end"));
        return figures;
    }

    private static async Task PostAgentOnCallAsync(BenchHost host)
    {
        var now = DateTimeOffset.UtcNow;
        FloorEvent[] events =
        [
            new("circuit-in", FloorEventType.AgentLoggedIn, now.AddMinutes(-10), AgentId: AgentId, Name: "Ada", TeamId: "t1", Queues: ["q1"]),
            new("circuit-q", FloorEventType.CallQueued, now.AddMinutes(-2), CallId: "circuit-call", QueueId: "q1", CallerNumber: "+441632960123"),
            new("circuit-o", FloorEventType.CallOffered, now.AddSeconds(-100), CallId: "circuit-call", AgentId: AgentId),
            new("circuit-a", FloorEventType.CallAnswered, now.AddSeconds(-90), CallId: "circuit-call", AgentId: AgentId),
        ];
        using var http = host.ConnectorClient();
        using var content = EventWire.Content(EventWire.Batch(events));
        using var response = await http.PostAsync("/api/events", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || JsonDocument.Parse(body).RootElement.GetProperty("accepted").GetInt32() != events.Length)
        {
            throw new InvalidOperationException($"the agent's call was not taken: HTTP {(int)response.StatusCode} {body}");
        }
    }
}
