using ContactCenter.Dashboard.Components.Pages;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>The intraday page shows today live, or a past day a supervisor picks.</summary>
public sealed class IntradayPageTests : WallboardContext
{
    [Fact]
    public void A_past_day_in_the_address_is_read_as_that_day_without_live_refresh_and_offers_its_csv()
    {
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        Live.Push(FloorRows.View(queues: [FloorRows.Headline("q1", 0.9)]));
        var yesterday = DateOnly.FromDateTime(FloorRows.Now.UtcDateTime).AddDays(-1);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"intraday/q1?day={yesterday:yyyy-MM-dd}");

        var page = Render<IntradayPage>(p => p.Add(i => i.QueueId, "q1"));

        Assert.Equal([("q1", yesterday)], Details.DaysRead);
        Assert.StartsWith($"{yesterday:yyyy-MM-dd}:", page.Find("[data-testid=intraday-totals]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=intraday-refresh]"));
        Assert.Equal($"{yesterday:yyyy-MM-dd}", page.Find("[data-testid=intraday-day]").GetAttribute("value"));
        Assert.Contains($"from={yesterday:yyyy-MM-dd}T00:00:00Z&to={yesterday.AddDays(1):yyyy-MM-dd}T00:00:00Z", page.Find("[data-testid=intraday-csv]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=intraday-today]"));
    }

    [Fact]
    public void Picking_a_day_goes_to_that_day_and_today_or_a_future_day_stays_live()
    {
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        Live.Push(FloorRows.View(queues: [FloorRows.Headline("q1", 0.9)]));
        var today = DateOnly.FromDateTime(FloorRows.Now.UtcDateTime);
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = Render<IntradayPage>(p => p.Add(i => i.QueueId, "q1"));
        Assert.StartsWith("Today:", page.Find("[data-testid=intraday-totals]").TextContent.Trim(), StringComparison.Ordinal);

        page.Find("[data-testid=intraday-day]").Change(today.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith($"intraday/q1?day={today.AddDays(-3):yyyy-MM-dd}", navigation.Uri, StringComparison.Ordinal);

        page.Find("[data-testid=intraday-day]").Change(today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("intraday/q1", navigation.Uri, StringComparison.Ordinal);
    }
}
