using System.Net;
using System.Text;
using ContactCenter.Dashboard.Tests.Support;
using ContactCenter.Testing;

namespace ContactCenter.Dashboard.Tests.Connectors;

/// <summary>
/// The product following a queue_log from configuration (Connectors:QueueLog:Path): the scenario
/// written in three parts around a stop and a rotation reaches the hand-computed figures, and the
/// same log posted afterwards is all duplicates: tailed and posted lines are one set of events.
/// </summary>
public sealed class QueueLogTailTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("queue-log-product-").FullName;
    private readonly string statePath = Path.Combine(Path.GetTempPath(), "contactcenter-tests", $"tail-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_tailed_log_across_a_restart_and_a_rotation_gives_the_hand_computed_figures_once()
    {
        var scenario = new QueueLogScenario();
        var log = Path.Combine(folder, "queue_log");
        await File.WriteAllLinesAsync(log, scenario.Lines[..7]);

        await using (var first = Start(log))
        {
            // Line 7 is c2's abandon: the first part has been read when it counts.
            await Until(first.CreateClient(), scenario, figures => figures.ShortAbandoned == 1, "the first part of the log");
        }

        // While the product is down: Asterisk writes on, then the log rotates and a new file begins.
        await File.AppendAllLinesAsync(log, scenario.Lines[7..12]);
        File.Move(log, log + ".1");
        await File.WriteAllLinesAsync(log, scenario.Lines[12..]);

        await using var second = Start(log);
        var client = second.CreateClient();
        await Until(client, scenario, figures => figures == QueueLogScenario.Expected, "the rest of the log after the restart and the rotation");

        using var content = new StringContent(scenario.Text, Encoding.UTF8, "text/plain");
        using var posted = await client.PostAsync("/api/connectors/queue-log", content);
        var answer = (await Reply.ReadAsync(posted)).Status(HttpStatusCode.OK).Body;
        Assert.Equal((0, QueueLogScenario.Events), (QueueLogScenario.N(answer, "accepted"), QueueLogScenario.N(answer, "duplicates")));
        Assert.Equal(QueueLogScenario.Expected, await scenario.FiguresAsync(client));
    }

    private FloorApp Start(string log) => new(new FloorAppOptions("queue-log-tail")
    {
        Security = false,
        StatePath = statePath,
        Settings = new Dictionary<string, string>
        {
            ["Connectors:QueueLog:Path"] = log,
            ["Connectors:QueueLog:PollInterval"] = "00:00:00.050",
        },
    });

    private static Task Until(HttpClient client, QueueLogScenario scenario, Func<ScenarioFigures, bool> done, string what) =>
        Eventually.Get(() => scenario.FiguresAsync(client), figures => figures is not null && done(figures), $"the tail to bring {what} to the floor", deadlineMs: 60_000);

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SqliteFiles.Delete(statePath, FloorApp.HistoryFile(statePath));
    }
}
