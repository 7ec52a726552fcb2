using ContactCenter.Dashboard.Components.Pages;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class FloorPageTests : WallboardContext
{
    [Fact]
    public void A_pushed_view_shows_its_call_with_a_running_hold_clock()
    {
        var page = Render<FloorPage>();
        Assert.Empty(page.FindAll("[data-testid=call-c9]"));

        Live.Push(FloorRows.View(
            queues: [FloorRows.Headline("q1", 0.9)],
            calls: [FloorRows.OnHold("c9", "q1", "a1", TimeSpan.FromSeconds(119))],
            agents: [FloorRows.Agent("a1", "Ada", AgentState.OnHold, callId: "c9")]));

        page.WaitForAssertion(() =>
        {
            var row = page.Find("[data-testid=call-c9]");
            Assert.Equal("01:59", row.QuerySelector("[data-testid=hold-clock]")!.TextContent);
            Assert.NotNull(page.Find("[data-testid=queue-tile-q1]"));
            Assert.Equal("01:59", page.Find("[data-testid=agent-a1] [data-testid=hold-clock]").TextContent);
        });
    }

    [Fact]
    public void The_page_stops_listening_to_the_floor_when_it_closes()
    {
        var page = Render<FloorPage>();

        page.Instance.Dispose();

        Live.Push(FloorRows.View(calls: [FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(5))]));
        Assert.Empty(page.FindAll("[data-testid=call-c1]"));
    }
}
