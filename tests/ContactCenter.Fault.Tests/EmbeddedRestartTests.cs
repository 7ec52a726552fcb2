using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// The single-node product, killed with SIGKILL while a batch is being applied and started again
/// on the same state file: the connector retries what was not acknowledged, and every queue
/// interval equals what the same stream gives a product nobody killed.
/// </summary>
public sealed class EmbeddedRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_embedded_product_killed_mid_batch_and_started_again_shows_the_same_floor()
    {
        var stream = RecentStream.Of(5);
        var batches = stream.Batches;
        var (expectedRejected, expected) = await stream.UndisturbedAsync();

        var stateFile = ProductProcess.NewStateFile("restart");
        var port = FreePort.Next();
        var half = batches.Count / 2;
        HttpConnector connector;
        TimeSpan downFor;
        await using (var first = await ProductProcess.StartReadyAsync(stateFile, port, "--Security:Enabled=false"))
        {
            connector = new HttpConnector(first.Address);
            await connector.PostAsync(batches.Take(half));
            var posting = connector.PostOneAsync(batches[half]);
            await Task.Delay(TimeSpan.FromMilliseconds(30));
            first.Kill();
            var killed = Stopwatch.StartNew();
            await using var second = await ProductProcess.StartReadyAsync(stateFile, port, "--Security:Enabled=false");
            await posting;
            downFor = killed.Elapsed;
            await connector.PostAsync(batches.Skip(half + 1));
            var actual = await connector.QueueFiguresAsync(stream.Queues, stream.From, stream.To);

            output.WriteLine($"{stream.Events} events in {batches.Count} batches; killed while batch {half} was applied");
            output.WriteLine($"statuses seen: {string.Join(", ", connector.Statuses)}; refused connections {connector.RefusedConnections}");
            output.WriteLine($"from the kill to the batch acknowledged by the restarted product: {downFor.TotalSeconds:F1} s");
            Assert.Equal(expectedRejected, connector.Rejected);
            Assert.Subset(new HashSet<HttpStatusCode> { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }, connector.Statuses);
            var differences = FloorFigures.Differences(expected, actual);
            Assert.True(differences.Length == 0, $"figures differ after a kill and restart:\n{differences}\n{second.Log}");
        }

        ProductProcess.DeleteStateFile(stateFile);
    }

    [Fact]
    public async Task A_hold_begun_before_the_kill_raises_long_hold_on_time_after_the_restart()
    {
        var stateFile = ProductProcess.NewStateFile("hold");
        var port = FreePort.Next();
        var heldAt = Wire.Now() - TimeSpan.FromSeconds(40);
        var threshold = heldAt + TimeSpan.FromSeconds(60);
        await using (var first = await ProductProcess.StartReadyAsync(stateFile, port, "--Security:Enabled=false"))
        {
            await new HttpConnector(first.Address).PostAsync([[
                Events.LoggedIn("hold-agent", "t1", heldAt.AddMinutes(-5), "q1"),
                Events.Queued("hold-call", "q1", heldAt.AddSeconds(-30)),
                Events.Answered("hold-call", "hold-agent", heldAt.AddSeconds(-20)),
                Events.Held("hold-call", heldAt),
            ]]);
            first.Kill();
        }

        await using var second = await ProductProcess.StartReadyAsync(stateFile, port, "--Security:Enabled=false");
        Assert.True(DateTimeOffset.UtcNow < threshold, "the restart should come before the hold's threshold for this test to mean anything");
        using var http = new HttpClient { BaseAddress = second.Address };
        var raisedAt = await Eventually.Get(
            async () => LongHoldRaisedAt(await http.GetStringAsync("/api/alerts")),
            at => at is not null,
            "LongHold on the held call",
            deadlineMs: 60_000);
        output.WriteLine($"threshold {threshold:HH:mm:ss.fff}, raised {raisedAt:HH:mm:ss.fff}");
        Assert.InRange(raisedAt!.Value - threshold, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        await second.DisposeAsync();
        ProductProcess.DeleteStateFile(stateFile);
    }

    [Fact]
    public async Task A_supervisor_join_acknowledged_before_a_kill_waits_for_the_connector_after_the_restart()
    {
        var stateFile = ProductProcess.NewStateFile("join");
        var port = FreePort.Next();
        var at = Wire.Now() - TimeSpan.FromSeconds(30);
        const string alertId = "AssistanceRequested:join-agent:1";
        await using (var first = await ProductProcess.StartReadyAsync(stateFile, port, "--Security:Enabled=false"))
        {
            await new HttpConnector(first.Address).PostAsync([[
                Events.LoggedIn("join-agent", "t1", at, "q1"),
                Events.HandUp("join-agent", at.AddSeconds(5), "angry caller"),
            ]]);
            using var http = new HttpClient { BaseAddress = first.Address };
            await Eventually.Get(() => http.GetAsync($"/api/alerts/{alertId}"), r => r.IsSuccessStatusCode, "the raised hand's alert", deadlineMs: 30_000);
            using var join = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{alertId}/join") { Content = JsonContent.Create(new { mode = "barge" }) };
            join.Headers.Add("X-Supervisor", "sam");
            join.Headers.Add("X-Operation-Id", "join-before-kill");
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(join)).StatusCode);
            first.Kill();
        }

        await using var second = await ProductProcess.StartReadyAsync(stateFile, port, "--Security:Enabled=false");
        using var connector = new HttpClient { BaseAddress = second.Address };
        var waiting = await connector.GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/connectors/joins");
        var command = Assert.Single(waiting!);
        Assert.Equal(("join-before-kill", alertId, "sam", "barge"), (
            command.GetProperty("commandId").GetString(),
            command.GetProperty("alertId").GetString(),
            command.GetProperty("supervisor").GetString(),
            command.GetProperty("mode").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await connector.PostAsync("/api/connectors/joins/join-before-kill/done", null)).StatusCode);
        Assert.Empty((await connector.GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/connectors/joins"))!);
        await second.DisposeAsync();
        ProductProcess.DeleteStateFile(stateFile);
    }

    private static DateTimeOffset? LongHoldRaisedAt(string alerts)
    {
        using var json = System.Text.Json.JsonDocument.Parse(alerts);
        return json.RootElement.EnumerateArray()
            .Where(a => a.GetProperty("rule").GetString() == "LongHold" && a.GetProperty("callId").GetString() == "hold-call")
            .Select(a => (DateTimeOffset?)a.GetProperty("raisedAt").GetDateTimeOffset())
            .FirstOrDefault();
    }

}
