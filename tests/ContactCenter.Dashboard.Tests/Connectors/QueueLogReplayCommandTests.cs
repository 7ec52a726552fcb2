using System.Text.Json;
using ContactCenter.Dashboard.Operations;
using ContactCenter.Dashboard.Tests.Support;
using ContactCenter.Testing;

namespace ContactCenter.Dashboard.Tests.Connectors;

/// <summary>"replay-queue-log FILE": a file after an outage, given whole to a running floor; twice changes nothing.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class QueueLogReplayCommandTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_replayed_file_gives_the_hand_computed_figures_once_and_the_answer_printed()
    {
        var scenario = new QueueLogScenario();
        var file = Path.Combine(Path.GetTempPath(), $"queue_log-{Guid.NewGuid():N}");
        await File.WriteAllLinesAsync(file, scenario.Lines);
        try
        {
            var first = await ReplayAsync(file);
            var second = await ReplayAsync(file);

            Assert.Equal((0, QueueLogScenario.Events, 0), (first.Code, first.Answer.GetProperty("accepted").GetInt32(), first.Answer.GetProperty("duplicates").GetInt32()));
            Assert.Equal((0, 0, QueueLogScenario.Events), (second.Code, second.Answer.GetProperty("accepted").GetInt32(), second.Answer.GetProperty("duplicates").GetInt32()));
            Assert.Equal(QueueLogScenario.Expected, await scenario.FiguresAsync(client));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_missing_file_or_no_file_is_a_usage_error_saying_so()
    {
        var errors = new StringWriter();

        var missing = await QueueLogReplayCommand.RunAsync(["/no/such/queue_log"], new StringReader(""), TextWriter.Null, errors, client);
        var none = await QueueLogReplayCommand.RunAsync([], new StringReader(""), TextWriter.Null, errors, client);

        Assert.Equal((2, 2), (missing, none));
        Assert.Contains("no file '/no/such/queue_log'", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: replay-queue-log FILE", errors.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int Code, JsonElement Answer)> ReplayAsync(string file)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await QueueLogReplayCommand.RunAsync([file, "--url", client.BaseAddress!.ToString()], new StringReader("a-connector-key\n"), output, errors, client);
        Assert.True(code == 0, errors.ToString());
        return (code, JsonDocument.Parse(output.ToString()).RootElement.Clone());
    }
}
