using ContactCenter.Dashboard.Components.Shared;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class AlertInboxTests : WallboardContext
{
    private IRenderedComponent<AlertInbox> Inbox(params AlertSnapshot[] alerts) =>
        Render<AlertInbox>(p => p.Add(i => i.Alerts, alerts));

    private static List<string?> Order(IRenderedComponent<AlertInbox> inbox) =>
        inbox.FindAll("article.alert-card").Select(a => a.GetAttribute("data-testid")).ToList();

    [Fact]
    public void Alerts_are_ordered_most_severe_first_then_newest_first()
    {
        var inbox = Inbox(
            FloorRows.Alert("LongHold:c1:1", AlertSeverity.Warning, raisedAt: FloorRows.Now.AddMinutes(-1)),
            FloorRows.Alert("LongHold:c2:1", AlertSeverity.Critical, raisedAt: FloorRows.Now.AddMinutes(-5)),
            FloorRows.Alert("LongHold:c3:1", AlertSeverity.Warning, raisedAt: FloorRows.Now.AddMinutes(-3)),
            FloorRows.Alert("LongHold:c4:1", AlertSeverity.Critical, raisedAt: FloorRows.Now.AddMinutes(-2)));

        Assert.Equal(["alert-LongHold:c4:1", "alert-LongHold:c2:1", "alert-LongHold:c1:1", "alert-LongHold:c3:1"], Order(inbox));
    }

    [Fact]
    public void A_snoozed_alert_goes_below_the_live_ones_and_closed_ones_are_not_shown()
    {
        var inbox = Inbox(
            FloorRows.Alert("LongHold:c1:1", AlertSeverity.Critical, AlertStatus.Snoozed),
            FloorRows.Alert("LongHold:c2:1", AlertSeverity.Warning),
            FloorRows.Alert("LongHold:c3:1", AlertSeverity.Critical, AlertStatus.Resolved));

        Assert.Equal(["alert-LongHold:c2:1", "alert-LongHold:c1:1"], Order(inbox));
    }

    [Fact]
    public void Severity_and_status_are_shown_in_words_and_who_took_the_alert_is_visible()
    {
        var inbox = Inbox(FloorRows.Alert("LongHold:c1:1", AlertSeverity.Critical, AlertStatus.Taken, takenBy: "kim"));

        var card = inbox.Find("[data-testid='alert-LongHold:c1:1']");
        Assert.Equal("Critical", card.QuerySelector("[data-testid=alert-severity]")!.TextContent.Trim());
        Assert.Equal("Taken", card.QuerySelector("[data-testid=alert-status]")!.TextContent.Trim());
        Assert.Equal("Taken by kim", Normalize(card.QuerySelector("[data-testid=alert-taken-by]")!.TextContent));
        Assert.Equal("Long hold", card.QuerySelector("[data-testid=alert-rule]")!.TextContent);
    }

    [Fact]
    public void The_alert_clock_runs_from_when_the_condition_began()
    {
        var inbox = Inbox(FloorRows.Alert("LongHold:c1:1", raisedAt: FloorRows.Now.AddSeconds(-75)));

        Assert.Equal("01:15", inbox.Find("[data-testid=alert-clock]").TextContent);
    }

    [Fact]
    public void A_new_critical_alert_sounds_once_but_what_was_open_on_arrival_does_not()
    {
        var inbox = Inbox(FloorRows.Alert("LongHold:c1:1", AlertSeverity.Critical));
        Assert.Empty(JSInterop.Invocations["wallboard.beep"]);

        inbox.Render(p => p.Add(i => i.Alerts, [
            FloorRows.Alert("LongHold:c1:1", AlertSeverity.Critical),
            FloorRows.Alert("VipWaiting:c2:1", AlertSeverity.Critical)]));
        inbox.Render(p => p.Add(i => i.Alerts, [
            FloorRows.Alert("LongHold:c1:1", AlertSeverity.Critical),
            FloorRows.Alert("VipWaiting:c2:1", AlertSeverity.Critical)]));

        Assert.Single(JSInterop.Invocations["wallboard.beep"]);
    }

    [Fact]
    public void A_muted_screen_does_not_sound()
    {
        Session.SoundMuted = true;
        var inbox = Inbox();

        inbox.Render(p => p.Add(i => i.Alerts, [FloorRows.Alert("LongHold:c1:1", AlertSeverity.Critical)]));

        Assert.Empty(JSInterop.Invocations["wallboard.beep"]);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
