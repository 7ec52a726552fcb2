using System.Globalization;
using System.Net;
using System.Text;
using ContactCenter.Dashboard.Tests.Support;
using ContactCenter.Testing;

namespace ContactCenter.Dashboard.Tests.Connectors;

/// <summary>POST /api/connectors/queue-log with a scenario log whose every figure is computed by hand below.</summary>
[Collection(FloorApiCollection.Name)]
public sealed class QueueLogApiTests(FloorApiFixture app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_scenario_log_gives_the_hand_computed_figures_and_posting_it_again_changes_nothing()
    {
        var scenario = new QueueLogScenario();

        var first = await PostAsync(scenario.Text);
        var second = await PostAsync(scenario.Text);

        Assert.Equal((QueueLogScenario.LineCount, QueueLogScenario.Events, 0, 1, 1), (N(first.Body, "lines"), N(first.Body, "accepted"), N(first.Body, "duplicates"), N(first.Body, "skipped"), N(first.Body, "rejectedCount")));
        var refused = first.Body.GetProperty("rejected")[0];
        Assert.Equal((QueueLogScenario.RefusedLine, "line"), (refused.GetProperty("line").GetInt32(), refused.GetProperty("field").GetString()));
        Assert.Equal((0, QueueLogScenario.Events, 1), (N(second.Body, "accepted"), N(second.Body, "duplicates"), N(second.Body, "rejectedCount")));
        Assert.Equal(QueueLogScenario.Expected, await scenario.FiguresAsync(client));
    }

    [Fact]
    public async Task A_body_that_is_not_text_is_415()
    {
        using var content = new StringContent("[]", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/connectors/queue-log", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<Reply> PostAsync(string log)
    {
        using var content = new StringContent(log, Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync("/api/connectors/queue-log", content);
        return (await Reply.ReadAsync(response)).Status(HttpStatusCode.OK);
    }

    private static int N(System.Text.Json.JsonElement body, string name) => QueueLogScenario.N(body, name);
}
