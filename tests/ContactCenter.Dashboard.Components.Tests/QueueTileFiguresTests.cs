using ContactCenter.Dashboard.Components.Floor;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class QueueTileFiguresTests
{
    [Fact]
    public void The_next_change_is_when_the_oldest_wait_reaches_the_next_level()
    {
        var oldest = FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(25));

        var figures = QueueTileFigures.From(FloorRows.Headline("q1", 0.9), [oldest], TileThresholds.Default, FloorRows.Now);

        Assert.Equal(oldest.WaitingSince.AddSeconds(60), figures.NextChange);
    }

    [Fact]
    public void Nothing_waiting_is_green_with_no_change_to_expect()
    {
        var figures = QueueTileFigures.From(FloorRows.Headline("q1", 0.9), [], TileThresholds.Default, FloorRows.Now);

        Assert.Equal((0, TileLevel.Good, (DateTimeOffset?)null), (figures.Waiting, figures.WaitLevel, figures.NextChange));
    }

    [Theory]
    [InlineData(0, "00:00")]
    [InlineData(59.9, "00:59")]
    [InlineData(61, "01:01")]
    [InlineData(3600, "1:00:00")]
    [InlineData(-5, "00:00")]
    public void Clocks_read_minutes_and_seconds_then_hours(double seconds, string text) =>
        Assert.Equal(text, ClockText.Format(TimeSpan.FromSeconds(seconds)));
}
