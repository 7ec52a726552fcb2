using ContactCenter.Contracts.Events;
using ContactCenter.Dashboard.Components.Pages;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class CallPageTests : WallboardContext
{
    [Fact]
    public void A_calls_drill_down_shows_its_timeline_and_its_live_hold_clock()
    {
        Details.Calls["c1"] = new CallSnapshot(
            "c1", "q1", "a1", CallDirection.Inbound, CustomerTier.Vip, CallState.OnHold, "****0123",
            FloorRows.Now.AddMinutes(-5), FloorRows.Now.AddSeconds(-290), FloorRows.Now.AddSeconds(-280), null,
            20, 10, 160, 120, 120, 1, 0, null, [],
            [
                new CallTimelineEntry("e1", FloorEventType.CallQueued, FloorRows.Now.AddMinutes(-5), null, null),
                new CallTimelineEntry("e2", FloorEventType.CallHeld, FloorRows.Now.AddSeconds(-120), "a1", null),
            ],
            FloorRows.Now);
        Live.Push(FloorRows.View(calls: [FloorRows.OnHold("c1", "q1", "a1", TimeSpan.FromSeconds(120))]));

        var page = Render<CallPage>(p => p.Add(c => c.CallId, "c1"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=call-timeline] tbody tr").Count));
        Assert.Equal("02:00", page.Find("[data-testid=call-live] [data-testid=hold-clock]").TextContent);
        Assert.Contains("CallHeld", page.Find("[data-testid=call-timeline]").TextContent);
    }
}
