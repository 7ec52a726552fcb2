using System.Diagnostics;
using System.Net;
using System.Text;
using ContactCenter.Connectors.Asterisk.Tests.Ami;
using Xunit.Abstractions;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// Both front ends of the cluster are configured to tail the same queue_log and to follow the same
/// AMI; one runs each (it holds that connector's lease). Killing the tail's front end with SIGKILL
/// hands the tail to the other, which resumes at the checkpoint: the hand-computed figures, nothing
/// lost, nothing twice. The AMI session is held by exactly one front end throughout, and moves
/// when its front end is the one killed.
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
        await using var ami = new FakeAmiServer();
        await using var cluster = new ClusterScript(new Dictionary<string, string>
        {
            ["Connectors__QueueLog__Path"] = log,
            ["Connectors__QueueLog__PollInterval"] = "00:00:00.100",
            ["Connectors__Ami__Enabled"] = "true",
            ["Connectors__Ami__Port"] = ami.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Connectors__Ami__Username"] = "contactcenter",
            ["Connectors__Ami__Secret"] = ami.AcceptedSecret,
            ["Connectors__Lease__Lease"] = Lease.ToString(),
        });
        output.WriteLine(await cluster.RunAsync("up"));
        using var front1 = new HttpClient { BaseAddress = cluster.Front(1) };
        await Until(front1, scenario, f => f.ShortAbandoned == 1, "the first part of the log", TimeSpan.FromSeconds(60));
        await Eventually.Get(() => Task.FromResult(ami.Logins), logins => logins >= 1, "a front end to log in to AMI", deadlineMs: 30_000);
        var amiHolder = Holders(cluster, "ami-session").Single();
        Assert.Equal(1, ami.Logins);

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
        if (amiHolder == holder)
        {
            await Eventually.Get(() => Task.FromResult(ami.Logins), logins => logins == 2, "the other front end to take the AMI session over", deadlineMs: 30_000);
            output.WriteLine($"the AMI session moved from front end {holder} to {other} ({killed.Elapsed.TotalSeconds:F1} s after the kill)");
        }

        Assert.Equal(amiHolder == holder ? 2 : 1, ami.Logins);

        using var content = new StringContent(scenario.Text, Encoding.UTF8, "text/plain");
        using var posted = await client.PostAsync("/api/connectors/queue-log", content);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var answer = System.Text.Json.JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((0, QueueLogScenario.Events), (answer.GetProperty("accepted").GetInt32(), answer.GetProperty("duplicates").GetInt32()));
        Assert.Equal(QueueLogScenario.Expected, await scenario.FiguresAsync(client));
    }

    /// <summary>The front ends whose log says the connector ran there.</summary>
    private static List<int> Holders(ClusterScript cluster, string connector = "queue-log-tail") =>
        [.. new[] { 1, 2 }.Where(n => File.ReadAllText(Path.Combine(cluster.Logs, $"front-{n}.log")).Contains($"{connector} runs here", StringComparison.Ordinal))];

    private static Task Until(HttpClient client, QueueLogScenario scenario, Func<ScenarioFigures, bool> done, string what, TimeSpan within) =>
        Eventually.Get(() => FiguresOrNoneAsync(client, scenario), figures => figures is not null && done(figures), $"{what} to reach the floor", (int)within.TotalMilliseconds);

    /// <summary>The figures, or none while the floor answers 503 as it settles after the kill.</summary>
    private static async Task<ScenarioFigures?> FiguresOrNoneAsync(HttpClient client, QueueLogScenario scenario)
    {
        try
        {
            return await scenario.FiguresAsync(client);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
