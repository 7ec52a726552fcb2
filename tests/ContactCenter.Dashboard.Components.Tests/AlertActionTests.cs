using ContactCenter.Dashboard.Components.Shared;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class AlertActionTests : WallboardContext
{
    private IRenderedComponent<AlertCard> Card(AlertSnapshot alert) => Render<AlertCard>(p => p.Add(c => c.Alert, alert));

    [Fact]
    public void Taking_an_alert_someone_else_holds_names_the_holder()
    {
        Session.TrySetName("sam");
        AlertActions.Answer = new AlertActionResult(AlertActionOutcome.Conflict, null, "kim has already taken this alert", "kim");
        var card = Card(FloorRows.Alert("LongHold:c1:1"));

        card.Find("[data-testid=alert-action-take]").Click();

        Assert.Equal(["take LongHold:c1:1 by sam"], AlertActions.Calls);
        var message = card.Find("[data-testid=alert-message]");
        Assert.Equal("kim has already taken this alert.", message.TextContent.Trim());
        Assert.Contains("outcome-refused", message.ClassList);
    }

    [Fact]
    public void Nothing_is_sent_until_the_supervisor_has_given_a_name()
    {
        var card = Card(FloorRows.Alert("LongHold:c1:1"));

        card.Find("[data-testid=alert-action-take]").Click();

        Assert.Empty(AlertActions.Calls);
        Assert.Contains("Type your name", card.Find("[data-testid=alert-message]").TextContent);
        JSInterop.VerifyInvoke("wallboard.focus");
    }

    [Theory]
    [InlineData("alert-action-acknowledge", "acknowledge LongHold:c1:1 by sam")]
    [InlineData("alert-action-join-monitor", "join LongHold:c1:1 Monitor by sam")]
    [InlineData("alert-action-join-whisper", "join LongHold:c1:1 Whisper by sam")]
    [InlineData("alert-action-join-barge", "join LongHold:c1:1 Barge by sam")]
    [InlineData("alert-action-snooze", "snooze LongHold:c1:1 5 by sam")]
    [InlineData("alert-action-resolve", "resolve LongHold:c1:1 by sam")]
    public void Each_button_sends_its_action_under_the_supervisors_name(string button, string sent)
    {
        Session.TrySetName("sam");
        var card = Card(FloorRows.Alert("LongHold:c1:1"));

        card.Find($"[data-testid={button}]").Click();

        Assert.Equal([sent], AlertActions.Calls);
        Assert.Contains("outcome-done", card.Find("[data-testid=alert-message]").ClassList);
    }

    [Fact]
    public void A_note_is_written_and_sent_from_the_card()
    {
        Session.TrySetName("sam");
        var card = Card(FloorRows.Alert("LongHold:c1:1"));

        card.Find("[data-testid=alert-action-note]").Click();
        card.Find("[data-testid=alert-note-text]").Change("called the customer back");
        card.Find("form.alert-note").Submit();

        Assert.Equal(["note LongHold:c1:1 'called the customer back' by sam"], AlertActions.Calls);
        Assert.Empty(card.FindAll("[data-testid=alert-note-text]"));
    }

    [Fact]
    public void The_tv_shows_the_alert_without_any_button()
    {
        var card = Render<AlertCard>(p => p.Add(c => c.Alert, FloorRows.Alert("LongHold:c1:1")).Add(c => c.Interactive, false));

        Assert.Empty(card.FindAll("button"));
        Assert.Empty(card.FindAll("a"));
    }
}
