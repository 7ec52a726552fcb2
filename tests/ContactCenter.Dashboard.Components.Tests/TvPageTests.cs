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
