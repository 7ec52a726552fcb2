using ContactCenter.Dashboard.Components.Shared;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class LiveBannerTests : WallboardContext
{
    [Fact]
    public void No_banner_shows_while_the_floor_is_live()
    {
        Live.Push(FloorRows.View());

        var banner = Render<LiveBanner>();

        Assert.Empty(banner.FindAll("[data-testid=live-banner]"));
    }

    [Fact]
    public void The_banner_says_how_old_the_data_is_when_the_feed_is_lost()
    {
        Live.IsLive = false;
        Live.Push(FloorRows.View());

        var banner = Render<LiveBanner>();

        Assert.Equal("14:00:00", banner.Find("[data-testid=live-as-of]").TextContent);
        Assert.Contains("Reconnecting", banner.Find("[data-testid=live-banner]").TextContent);
    }

    [Fact]
    public void The_banner_appears_within_a_second_of_the_feed_dropping_even_without_a_push()
    {
        Live.Push(FloorRows.View());
        var banner = Render<LiveBanner>();

        Live.IsLive = false;
        Clock.Advance(TimeSpan.FromSeconds(1));

        banner.WaitForAssertion(() => Assert.NotNull(banner.Find("[data-testid=live-banner]")));
    }

    [Fact]
    public void The_banner_goes_away_with_the_push_that_follows_recovery()
    {
        Live.IsLive = false;
        Live.Push(FloorRows.View());
        var banner = Render<LiveBanner>();

        Live.IsLive = true;
        Live.Push(FloorRows.View());

        banner.WaitForAssertion(() => Assert.Empty(banner.FindAll("[data-testid=live-banner]")));
    }
}
