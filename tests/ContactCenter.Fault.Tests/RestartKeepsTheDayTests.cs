using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// The embedded product killed and started again on its state file keeps the day as people see
/// it: the queue's figures, an agent's state and hand, a call in progress, an alert a supervisor
/// took and wrote on, and the audit trail of what supervisors did.
/// </summary>
public sealed class RestartKeepsTheDayTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_restart_keeps_figures_agents_calls_taken_alerts_notes_and_the_audit_trail()
    {
        var stateFile = ProductProcess.NewStateFile("day");
        var port = FreePort.Next();
        var now = Wire.Now();
        const string alertId = "AssistanceRequested:day-agent:1";
        DayView before;
        DateTimeOffset acted;
        await using (var first = await ProductProcess.StartReadyAsync(stateFile, port, "--Security:Enabled=false"))
        {
            await new HttpConnector(first.Address).PostAsync([[
                Events.LoggedIn("day-agent", "t1", now.AddMinutes(-20), "q1"),
                Events.Queued("day-done", "q1", now.AddMinutes(-15)),
                Events.Answered("day-done", "day-agent", now.AddMinutes(-14)),
                Events.Ended("day-done", now.AddMinutes(-10)),
                Events.State("day-agent", Contracts.Floor.AgentState.Available, now.AddMinutes(-9)),
                Events.Queued("day-live", "q1", now.AddMinutes(-2)),
                Events.Answered("day-live", "day-agent", now.AddSeconds(-100)),
                Events.HandUp("day-agent", now.AddSeconds(-30), "angry caller", "day-live"),
            ]]);
            using var http = new HttpClient { BaseAddress = first.Address };
            await Eventually.Get(() => http.GetAsync($"/api/alerts/{alertId}"), r => r.IsSuccessStatusCode, "the raised hand's alert", deadlineMs: 30_000);
            await ActAsync(http, alertId, "take", null);
            await ActAsync(http, alertId, "notes", new { text = "caller calmer after a minute" });
            acted = DateTimeOffset.UtcNow;
            before = await DayView.ReadAsync(http, alertId, now, acted);
            first.Kill();
        }

        await using var second = await ProductProcess.StartReadyAsync(stateFile, port, "--Security:Enabled=false");
        using var again = new HttpClient { BaseAddress = second.Address };
        var after = await DayView.ReadAsync(again, alertId, now, acted);

        output.WriteLine(before.ToString());
        Assert.Equal(before, after);
        Assert.Contains("\"takenBy\":\"sam\"", after.Alert, StringComparison.Ordinal);
        Assert.Contains("caller calmer after a minute", after.Alert, StringComparison.Ordinal);
        Assert.Contains("\"answered\":2", after.QueueFigures, StringComparison.Ordinal);
        Assert.Contains("alert-noted", after.Audit, StringComparison.Ordinal);
        await second.DisposeAsync();
        ProductProcess.DeleteStateFile(stateFile);
    }

    private static async Task ActAsync(HttpClient http, string alertId, string action, object? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{alertId}/{action}") { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Add("X-Supervisor", "sam");
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
    }

    /// <summary>What the day looks like through the API, without what moves with the clock (durations so far, asOf).</summary>
    private sealed record DayView(string QueueFigures, string Agent, string LiveCall, string FinishedCall, string Alert, string Audit)
    {
        /// <param name="acted">When the supervisor last acted: the audit is read for its day and the test's, the same days both times, whenever midnight falls.</param>
        public static async Task<DayView> ReadAsync(HttpClient http, string alertId, DateTimeOffset now, DateTimeOffset acted) => new(
            await http.GetStringAsync($"/api/queues/q1/stats?from={Uri.EscapeDataString(Wire.Time(now.AddHours(-1)))}&to={Uri.EscapeDataString(Wire.Time(now.AddHours(1)))}"),
            Pick(await http.GetStringAsync("/api/agents/day-agent"), "state", "stateSince", "currentCallId", "assistance", "queues", "teamId"),
            Pick(await http.GetStringAsync("/api/calls/day-live"), "state", "agentId", "queuedAt", "answeredAt", "flags", "timeline"),
            Pick(await http.GetStringAsync("/api/calls/day-done"), "state", "waitSeconds", "talkSeconds", "endedAt", "timeline"),
            Pick(await http.GetStringAsync($"/api/alerts/{alertId}"), "status", "since", "takenBy", "takenAt", "notes", "joins", "callId"),
            string.Concat(await Task.WhenAll(new[] { now, acted }.Select(d => d.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Distinct().Select(day => http.GetStringAsync($"/api/audit?date={day}")))));

        private static string Pick(string json, params string[] names)
        {
            using var document = JsonDocument.Parse(json);
            return string.Join(",", names.Select(name => $"\"{name}\":{document.RootElement.GetProperty(name).GetRawText()}"));
        }
    }
}
