using System.Diagnostics;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// Both front ends of the cluster are configured to tail the same queue_log; one runs the tail
/// (it holds the connector's lease). Killing that one with SIGKILL hands the tail to the other,
/// which resumes at the checkpoint: the hand-computed figures, nothing lost, nothing twice.
/// </summary>
public sealed class ConnectorFailoverTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(6);
    private readonly string folder = Directory.CreateTempSubdirectory("queue-log-cluster-").FullName;

    [Fact]
    public async Task The_front_end_that_tails_the_queue_log_killed_hands_the_tail_to_the_other_with_nothing_lost_or_twice()
    {
        var scenario = new QueueLogScenario();
        var log = Path.Combine(folder, "queue_log");
        await File.WriteAllLinesAsync(log, scenario.Lines[..7]);
        await using var cluster = new ClusterScript(new Dictionary<string, string>
        {
            ["Connectors__QueueLog__Path"] = log,
            ["Connectors__QueueLog__PollInterval"] = "00:00:00.100",
            ["Connectors__Lease__Lease"] = Lease.ToString(),
        });
        output.WriteLine(await cluster.RunAsync("up"));
        using var front1 = new HttpClient { BaseAddress = cluster.Front(1) };
        await Until(front1, scenario, f => f.ShortAbandoned == 1, "the first part of the log", TimeSpan.FromSeconds(60));

        var holder = Holders(cluster).Single();
        await cluster.RunAsync("kill-front", holder.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var killed = Stopwatch.StartNew();
        await File.AppendAllLinesAsync(log, scenario.Lines[7..]);

        var other = 3 - holder;
        using var client = new HttpClient { BaseAddress = cluster.Front(other) };
        await Until(client, scenario, f => f == QueueLogScenario.Expected, "the rest of the log from the other front end", TimeSpan.FromSeconds(60));
        output.WriteLine($"front end {holder} tailed the log and was killed; front end {other} brought the rest to the floor {killed.Elapsed.TotalSeconds:F1} s later (lease {Lease.TotalSeconds:0} s)");
        Assert.Contains(other, Holders(cluster));
        Assert.True(killed.Elapsed < Lease * 3, $"the tail took {killed.Elapsed.TotalSeconds:F1} s to move");

        using var content = new StringContent(scenario.Text, Encoding.UTF8, "text/plain");
        using var posted = await client.PostAsync("/api/connectors/queue-log", content);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var answer = System.Text.Json.JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((0, QueueLogScenario.Events), (answer.GetProperty("accepted").GetInt32(), answer.GetProperty("duplicates").GetInt32()));
        Assert.Equal(QueueLogScenario.Expected, await scenario.FiguresAsync(client));
    }

    /// <summary>The front ends whose log says the tail ran there.</summary>
    private static List<int> Holders(ClusterScript cluster) =>
        [.. new[] { 1, 2 }.Where(n => File.ReadAllText(Path.Combine(cluster.Logs, $"front-{n}.log")).Contains("queue-log-tail runs here", StringComparison.Ordinal))];

    private static async Task Until(HttpClient client, QueueLogScenario scenario, Func<ScenarioFigures, bool> done, string what, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        ScenarioFigures? figures = null;
        while (true)
        {
            try
            {
                figures = await scenario.FiguresAsync(client);
            }
            catch (HttpRequestException)
            {
                // A 503 while the floor settles after the kill: ask again.
            }

            if (figures is not null && done(figures))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{what} did not reach the floor within {within.TotalSeconds:0} s; it shows {figures}");
            await Task.Delay(200);
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
