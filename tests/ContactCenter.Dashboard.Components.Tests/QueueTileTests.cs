using ContactCenter.Dashboard.Components.Shared;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class QueueTileTests : WallboardContext
{
    private IRenderedComponent<QueueTile> Tile(double? serviceLevel, params CallRow[] calls) =>
        Render<QueueTile>(p => p
            .Add(t => t.Headline, FloorRows.Headline("q1", serviceLevel))
            .Add(t => t.Calls, calls));

    [Theory]
    [InlineData(0.85, "good", "On target")]
    [InlineData(0.80, "good", "On target")]
    [InlineData(0.79, "warning", "Below target")]
    [InlineData(0.60, "warning", "Below target")]
    [InlineData(0.59, "critical", "Far below target")]
    [InlineData(null, "nodata", "No calls yet")]
    public void Service_level_is_coloured_and_worded_against_target_and_target_minus_20_points(double? serviceLevel, string level, string words)
    {
        var tile = Tile(serviceLevel);

        var figure = tile.Find("[data-testid=tile-service-level]");
        Assert.Equal(level, figure.GetAttribute("data-level"));
        Assert.Contains($"level-{level}", figure.ClassList);
        Assert.Equal(words, tile.Find("[data-testid=service-level-level]").TextContent.Trim());
    }

    [Theory]
    [InlineData(0, "good", "OK")]
    [InlineData(19, "good", "OK")]
    [InlineData(20, "warning", "Warning")]
    [InlineData(59, "warning", "Warning")]
    [InlineData(60, "critical", "Critical")]
    public void Longest_wait_is_coloured_and_worded_at_20_and_60_seconds(int waitedSeconds, string level, string words)
    {
        var tile = Tile(0.9, FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(waitedSeconds)));

        var figure = tile.Find("[data-testid=tile-longest-wait]");
        Assert.Equal(level, figure.GetAttribute("data-level"));
        Assert.Equal(words, tile.Find("[data-testid=wait-level]").TextContent.Trim());
    }

    [Fact]
    public void The_tile_takes_the_colour_of_its_worst_figure()
    {
        var tile = Tile(0.9, FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(75)));

        var root = tile.Find("[data-testid=queue-tile-q1]");
        Assert.Equal("critical", root.GetAttribute("data-level"));
        Assert.Equal("Critical", tile.Find("[data-testid=tile-level]").TextContent.Trim());
    }

    [Fact]
    public void The_longest_wait_clock_starts_from_the_oldest_waiting_call_of_this_queue_only()
    {
        var tile = Tile(
            0.9,
            FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(12)),
            FloorRows.Waiting("c2", "q1", TimeSpan.FromSeconds(42)),
            FloorRows.Waiting("c3", "q2", TimeSpan.FromSeconds(300)),
            FloorRows.OnHold("c4", "q1", "a1", TimeSpan.FromSeconds(500)));

        Assert.Equal("2", tile.Find("[data-testid=tile-waiting] dd").TextContent.Trim());
        var clock = tile.Find("[data-testid=longest-wait-clock]");
        Assert.Equal("00:42", clock.TextContent);
        Assert.Equal((FloorRows.Now - TimeSpan.FromSeconds(42)).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), clock.GetAttribute("data-since"));
    }

    [Fact]
    public void A_wait_turns_amber_by_itself_when_it_reaches_20_seconds_without_a_push()
    {
        var tile = Tile(0.9, FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(15)));
        Assert.Equal("good", tile.Find("[data-testid=tile-longest-wait]").GetAttribute("data-level"));

        Clock.Advance(TimeSpan.FromSeconds(5));

        tile.WaitForAssertion(() => Assert.Equal("warning", tile.Find("[data-testid=tile-longest-wait]").GetAttribute("data-level")));
    }

    [Fact]
    public void The_tile_shows_transfers_in_and_out_and_handled_legs_beside_completed_calls()
    {
        var headline = FloorRows.Headline("q1", 0.9);
        var tile = Render<QueueTile>(p => p
            .Add(t => t.Headline, headline with { Today = FloorRows.WithTransfers(headline.Today.From) })
            .Add(t => t.Calls, []));

        Assert.Equal("1 in", tile.Find("[data-testid=transfers-in]").TextContent.Trim());
        Assert.Equal("1 out", tile.Find("[data-testid=transfers-out]").TextContent.Trim());
        Assert.Equal("3 legs · 2 calls", tile.Find("[data-testid=tile-handled] dd").TextContent.Trim());
    }

    [Fact]
    public void The_tile_shows_the_average_time_to_abandon_and_the_longest_wait_today_counting_a_caller_still_waiting()
    {
        var headline = FloorRows.Headline("q1", 0.9);
        headline = headline with { Today = headline.Today with { Abandoned = 2, AverageAbandonSeconds = 28.5, MaxWaitSeconds = 45 } };

        var tile = Render<QueueTile>(p => p.Add(t => t.Headline, headline).Add(t => t.Calls, []));
        Assert.Equal("00:28", tile.Find("[data-testid=tile-time-to-abandon] dd").TextContent.Trim());
        Assert.Equal("00:45", tile.Find("[data-testid=tile-max-wait] dd").TextContent.Trim());

        // A caller waiting 1:10 now has waited longer than anyone who left the queue today.
        tile = Render<QueueTile>(p => p.Add(t => t.Headline, headline).Add(t => t.Calls, [FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(70))]));
        Assert.Equal("01:10", tile.Find("[data-testid=tile-max-wait] dd").TextContent.Trim());

        tile = Render<QueueTile>(p => p.Add(t => t.Headline, FloorRows.Headline("q1", 0.9)).Add(t => t.Calls, []));
        Assert.Equal("–", tile.Find("[data-testid=tile-max-wait] dd").TextContent.Trim());
    }
}
