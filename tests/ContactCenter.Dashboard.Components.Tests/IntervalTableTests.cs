using ContactCenter.Dashboard.Components.Floor;
using ContactCenter.Dashboard.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class IntervalTableTests : WallboardContext
{
    [Fact]
    public void Each_interval_row_shows_its_transfers_in_and_out_and_its_handled_legs()
    {
        var from = FloorRows.Now.AddMinutes(-15);
        var table = Render<IntervalTable>(p => p
            .Add(t => t.Intervals, [FloorRows.WithTransfers(from)])
            .Add(t => t.SiteTime, Services.GetRequiredService<SiteTime>()));

        var headers = table.FindAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        var cells = table.FindAll("tbody tr td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("1", cells[headers.IndexOf("Transfers in") - 1]);
        Assert.Equal("1", cells[headers.IndexOf("Transfers out") - 1]);
        Assert.Equal("3", cells[headers.IndexOf("Handled") - 1]);
    }
}
