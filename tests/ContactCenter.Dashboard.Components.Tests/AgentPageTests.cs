using ContactCenter.Dashboard.Components.Pages;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class AgentPageTests : WallboardContext
{
    private static readonly AssistanceFlag Hand = new("abusive caller", "c1", FloorRows.Now.AddSeconds(-30));

    private IRenderedComponent<AgentPage> Page() => Render<AgentPage>(p => p.Add(a => a.AgentId, "a7"));

    [Fact]
    public void The_help_button_offers_the_six_reasons_and_raises_the_hand_with_the_one_chosen()
    {
        Live.Push(FloorRows.View(agents: [FloorRows.Agent("a7", "Ada", AgentState.Talking, callId: "c1")]));
        var page = Page();

        Assert.Equal(6, page.FindAll("button[data-testid^=help-reason-]").Count);
        Assert.False(page.Find("[data-testid=help]").HasAttribute("open"));
        page.Find("[data-testid=help-reason-form-1]").Submit();

        Assert.Equal(["raise a7 'abusive caller'"], Assistance.Calls);
        Assert.Equal("Help requested: abusive caller.", page.Find("[data-testid=help-message]").TextContent);
        Assert.False(page.Find("[data-testid=help]").HasAttribute("open"));
    }

    [Fact]
    public void A_refused_request_keeps_the_reasons_open_to_try_again()
    {
        Assistance.RefuseRaising = true;
        var page = Page();

        page.Find("[data-testid=help-reason-form-0]").Submit();

        Assert.True(page.Find("[data-testid=help]").HasAttribute("open"));
        Assert.Equal("outcome-refused", page.Find("[data-testid=help-message]").ClassList.Last());
    }

    [Fact]
    public void The_page_names_the_agents_own_scope_for_its_live_refresh()
    {
        var page = Page();

        Assert.Equal("agent:a7", page.Find("[data-testid=agent-live]").GetAttribute("data-live-scope"));
        Assert.Equal("/hubs/floor", page.Find("[data-testid=agent-live]").GetAttribute("data-live-hub"));
    }

    [Fact]
    public void A_raised_hand_waits_for_a_supervisor_until_one_takes_it()
    {
        Live.Push(FloorRows.View(
            agents: [FloorRows.Agent("a7", "Ada", AgentState.Talking, callId: "c1", hand: Hand)],
            alerts: [FloorRows.Alert("AssistanceRequested:a7:1", AlertSeverity.Critical, agentId: "a7")]));
        var page = Page();

        Assert.Contains("Your hand is up: abusive caller.", page.Find("[data-testid=help-waiting]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=help-confirmation]"));
    }

    [Fact]
    public void The_agent_sees_who_took_the_request_and_that_they_are_joining()
    {
        var page = Page();

        Live.Push(FloorRows.View(
            agents: [FloorRows.Agent("a7", "Ada", AgentState.Talking, callId: "c1", hand: Hand)],
            alerts: [FloorRows.Alert("AssistanceRequested:a7:1", AlertSeverity.Critical, AlertStatus.Taken, agentId: "a7", takenBy: "kim",
                joins: [new AlertJoin("kim", JoinMode.Whisper, FloorRows.Now)])]));

        page.WaitForAssertion(() =>
        {
            Assert.Equal("kim has taken your request.", page.Find("[data-testid=help-taken-by]").TextContent);
            Assert.Equal("kim is joining your call (whispering).", page.Find("[data-testid=help-joining]").TextContent);
        });
        Assert.Empty(page.FindAll("[data-testid=help-waiting]"));
    }

    [Fact]
    public void An_agent_not_logged_in_is_told_so()
    {
        var page = Page();

        Assert.NotNull(page.Find("[data-testid=agent-not-on-floor]"));
    }

    [Fact]
    public void The_raised_hand_can_be_lowered_from_the_page()
    {
        Live.Push(FloorRows.View(agents: [FloorRows.Agent("a7", hand: Hand)]));
        var page = Page();

        page.Find("[data-testid=lower-hand-form]").Submit();

        Assert.Equal(["lower a7"], Assistance.Calls);
    }
}
