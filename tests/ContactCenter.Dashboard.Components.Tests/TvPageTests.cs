using ContactCenter.Dashboard.Components.Floor;
using ContactCenter.Dashboard.Components.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class TvPageTests : WallboardContext
{
    [Fact]
    public void The_tv_shows_only_the_queues_asked_for_and_their_alerts_with_no_buttons()
    {
        Live.Push(FloorRows.View(
            queues: [FloorRows.Headline("q1", 0.9), FloorRows.Headline("q2", 0.9)],
            alerts: [FloorRows.Alert("LongHold:c1:1"), FloorRows.Alert("QueueWait:q2:1") with { QueueId = "q2" }]));
        Services.GetRequiredService<NavigationManager>().NavigateTo("tv?queues=q1");

        var page = Render<TvPage>();

        Assert.NotNull(page.Find("[data-testid=queue-tile-q1]"));
        Assert.Empty(page.FindAll("[data-testid=queue-tile-q2]"));
        Assert.NotNull(page.Find("[data-testid='alert-LongHold:c1:1']"));
        Assert.Empty(page.FindAll("[data-testid='alert-QueueWait:q2:1']"));
        Assert.Empty(page.FindAll("button"));
    }
}

public sealed class TvWallTests : WallboardContext
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(4, 4, 1)]
    [InlineData(6, 3, 2)]
    [InlineData(8, 4, 2)]
    [InlineData(12, 4, 3)]
    [InlineData(15, 5, 3)]
    [InlineData(18, 6, 3)]
    [InlineData(24, 6, 4)]
    public void A_page_of_1_to_24_tiles_is_a_grid_wider_than_tall_with_no_row_nearly_empty(int tiles, int columns, int rows)
    {
        Assert.Equal((columns, rows), TvPlan.Shape(tiles));
        Assert.True(columns * rows >= tiles);
        Assert.True(columns * (rows - 1) < tiles, "no empty row");
    }

    [Fact]
    public void Thirty_tiles_make_two_pages_of_24_that_turn_with_the_clock()
    {
        var every = TimeSpan.FromSeconds(15);
        var start = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

        var first = TvPlan.For(30, 24, start, every);
        var second = TvPlan.For(30, 24, start + every, every);

        Assert.Equal((0, 2, 6, 4, true), (first.Page, first.Pages, first.Columns, first.Rows, first.Compact));
        Assert.Equal(1, second.Page);
        Assert.Equal(["t24", "t25", "t26", "t27", "t28", "t29"], second.Of([.. Enumerable.Range(0, 30).Select(i => $"t{i}")], 24));
        Assert.Equal(start + every, first.NextTurn(start, every));
        Assert.Null(TvPlan.For(24, 24, start, every).NextTurn(start, every));
        Assert.False(TvPlan.For(8, 24, start, every).Compact);
    }

    [Fact]
    public void The_tv_at_1920_by_1080_lays_out_24_queues_in_six_columns_of_compact_tiles()
    {
        Live.Push(FloorRows.View(queues: [.. Enumerable.Range(1, 24).Select(i => FloorRows.Headline($"q{i:00}", 0.9))]));

        var page = Render<TvPage>();

        var grid = page.Find("[data-testid=tv-grid]");
        Assert.Equal(("6", "4"), (grid.GetAttribute("data-columns"), grid.GetAttribute("data-rows")));
        Assert.Contains("tv-compact", grid.ClassName);
        Assert.Equal(24, page.FindAll("[data-testid^=queue-tile-]").Count);
        Assert.Empty(page.FindAll("[data-testid=tv-page]"));
    }

    [Fact]
    public void More_queues_than_a_page_turn_to_the_next_page_when_the_clock_says_so_without_a_push()
    {
        Services.Configure<WallboardOptions>(o => (o.TvPageSize, o.TvRotateSeconds) = (4, 10));
        Live.Push(FloorRows.View(queues: [.. Enumerable.Range(1, 6).Select(i => FloorRows.Headline($"q{i}", 0.9))]));
        var page = Render<TvPage>();
        var before = page.Find("[data-testid=tv-page]").TextContent;
        var shownBefore = page.FindAll("[data-testid^=queue-tile-]").Select(t => t.GetAttribute("data-testid")).ToList();

        Clock.Advance(TimeSpan.FromSeconds(10));

        page.WaitForAssertion(() => Assert.NotEqual(before, page.Find("[data-testid=tv-page]").TextContent));
        var shownAfter = page.FindAll("[data-testid^=queue-tile-]").Select(t => t.GetAttribute("data-testid")).ToList();
        Assert.Equal(6, shownBefore.Concat(shownAfter).Distinct().Count());
    }

    [Fact]
    public void A_tv_of_teams_shows_each_teams_tile_and_only_the_alerts_and_calls_of_its_agents()
    {
        FloorConfiguration["Floor:Teams:t1:Name"] = "North";
        Live.Push(FloorRows.View(
            queues: [FloorRows.Headline("q1", 0.9)],
            calls: [FloorRows.OnHold("c1", "q1", "a1", TimeSpan.FromSeconds(30)), FloorRows.Waiting("c2", "q1", TimeSpan.FromSeconds(40))],
            agents: [FloorRows.Agent("a1", state: AgentState.OnHold, callId: "c1"), FloorRows.Agent("b1", teamId: "t2")],
            alerts: [FloorRows.Alert("LongHold:c1:1"), FloorRows.Alert("LongNotReady:b1:1", agentId: "b1") with { TeamId = "t2" }]));
        Services.GetRequiredService<NavigationManager>().NavigateTo("tv?teams=t1");

        var page = Render<TvPage>();

        Assert.Equal("North", page.Find("[data-testid=team-tile-t1] h3").TextContent);
        Assert.Empty(page.FindAll("[data-testid=team-tile-t2]"));
        Assert.Empty(page.FindAll("[data-testid^=queue-tile-]"));
        Assert.NotNull(page.Find("[data-testid='alert-LongHold:c1:1']"));
        Assert.Empty(page.FindAll("[data-testid='alert-LongNotReady:b1:1']"));
        // The strip counts the team's agent and not the caller waiting in a queue no one asked for.
        Assert.Equal("1", page.Find("[data-testid=strip-agents] .strip-value").TextContent);
        Assert.Equal("0", page.Find("[data-testid=strip-waiting] .strip-value").TextContent);
        Assert.Equal("North", page.Find(".tv-head h1").TextContent);
    }
}
