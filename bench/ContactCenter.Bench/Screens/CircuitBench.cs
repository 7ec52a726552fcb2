using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ContactCenter.Bench.Hosting;
using ContactCenter.Bench.Memory;
using ContactCenter.Contracts.Events;
using ContactCenter.Dashboard.Security;
using ContactCenter.Testing;

namespace ContactCenter.Bench.Screens;

/// <summary>
/// The agent page as agents have it, a Blazor circuit, opened in Debian's chromium through the
/// sign-in page by a child process (<see cref="PageHolder"/>): this process hosts the server, so
/// the growth of its heap and working set over <c>n</c> more pages of the same signed-in agent
/// (each a circuit of its own, showing the agent on a call with running clocks) is the front
/// end's cost per page. It is what the hub connection's figure is to be compared with.
/// </summary>
public static class CircuitBench
{
    private const string AgentUser = "ada.agent";
    private const string AgentId = "a1";
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    public static async Task<CircuitFigures> RunAsync(BenchMode mode, TextWriter log)
    {
        var pages = mode == BenchMode.Smoke ? 2 : 20;
        await using var host = await BenchHost.StartAsync();
        await PostAgentOnCallAsync(host);

        using var holder = Process.Start(BenchChild.Start(PageHolder.Flag)) ?? throw new InvalidOperationException("the page holder did not start");
        var errors = new StringBuilder();
        holder.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                if (line.Data is { } text && errors.Length < 4_000)
                {
                    errors.AppendLine(text);
                }
            }
        };
        holder.BeginErrorReadLine();
        try
        {
            foreach (var line in new[] { host.BaseAddress.ToString(), AgentUser, DemoUsers.Password, $"/agent/{AgentId}", pages.ToString(CultureInfo.InvariantCulture) })
            {
                await holder.StandardInput.WriteLineAsync(line);
            }

            await holder.StandardInput.FlushAsync();
            await ExpectAsync(holder, errors, reply => reply == "ready");
            var before = await HeapProbe.SettledAsync(TimeSpan.FromSeconds(15));
            await holder.StandardInput.WriteLineAsync("open");
            await holder.StandardInput.FlushAsync();
            var held = await ExpectAsync(holder, errors, reply => reply.StartsWith($"held {pages} ", StringComparison.Ordinal));
            var after = await HeapProbe.SettledAsync(TimeSpan.FromSeconds(15));
            await holder.StandardInput.WriteLineAsync("check");
            await holder.StandardInput.FlushAsync();
            await ExpectAsync(holder, errors, reply => reply == "live");

            var figures = new CircuitFigures(
                pages,
                (after.Heap - before.Heap) / (double)pages,
                (after.WorkingSet - before.WorkingSet) / (double)pages,
                double.Parse(held.Split(' ')[2], CultureInfo.InvariantCulture));
            log.WriteLine(FormattableString.Invariant(
                $"  agent page as a Blazor circuit, {pages} pages in chromium ({figures.SecondsToOpen:0.0} s to open): {figures.HeapBytesPerPage:N0} B heap and {figures.WorkingSetBytesPerPage:N0} B working set per page in the front end"));
            return figures;
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.StandardInput.Close();
                using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await holder.WaitForExitAsync(exit.Token);
                }
                catch (OperationCanceledException)
                {
                    holder.Kill(entireProcessTree: true);
                }
            }
        }
    }

    /// <summary>The holder's next line, which must pass <paramref name="expected"/>: anything else, or nothing in time, ends the run with what the holder said.</summary>
    private static async Task<string> ExpectAsync(Process holder, StringBuilder errors, Func<string, bool> expected)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        string? line;
        try
        {
            line = await holder.StandardOutput.ReadLineAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            line = $"nothing within {Deadline.TotalMinutes:0} minutes";
        }

        if (line is not null && expected(line))
        {
            return line;
        }

        holder.Kill(entireProcessTree: true);
        await holder.WaitForExitAsync();
        lock (errors)
        {
            throw new InvalidOperationException($"the page holder said '{line}': {errors}");
        }
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
