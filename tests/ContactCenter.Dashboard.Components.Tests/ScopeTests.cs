using ContactCenter.Contracts.Events;
using ContactCenter.Dashboard.Components.Pages;
using ContactCenter.Dashboard.Components.Shared;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>With security on, each screen shows only what the signed-in role and scope may see.</summary>
public sealed class ScopeTests : WallboardContext
{
    public ScopeTests() => EnableSecurity();

    /// <summary>Team t1 (agent a1, queue q1) and team t2 (agent b1, queue q2), each with a call on hold and an alert.</summary>
    private static LiveView TwoTeams() => FloorRows.View(
        queues: [FloorRows.Headline("q1", 0.9), FloorRows.Headline("q2", 0.9)],
        calls: [FloorRows.OnHold("c1", "q1", "a1", TimeSpan.FromSeconds(30)), FloorRows.OnHold("c2", "q2", "b1", TimeSpan.FromSeconds(30))],
        agents: [
            FloorRows.Agent("a1", "Ada", AgentState.OnHold, teamId: "t1", callId: "c1"),
            FloorRows.Agent("b1", "Bob", AgentState.OnHold, teamId: "t2", callId: "c2") with { Queues = ["q2"] }],
        alerts: [
            FloorRows.Alert("AssistanceRequested:a1:1", AlertSeverity.Critical, agentId: "a1"),
            FloorRows.Alert("AssistanceRequested:b1:1", AlertSeverity.Critical, agentId: "b1") with { TeamId = "t2" },
            FloorRows.Alert("LongHold:c2:1") with { QueueId = "q2" }]);

    [Fact]
    public void A_supervisor_of_team_t1_does_not_see_team_t2s_alerts_agents_calls_or_queue()
    {
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        Live.Push(TwoTeams());

        var page = Render<FloorPage>();

        Assert.NotNull(page.Find("[data-testid=agent-a1]"));
        Assert.NotNull(page.Find("[data-testid='alert-AssistanceRequested:a1:1']"));
        Assert.NotNull(page.Find("[data-testid=call-c1]"));
        Assert.NotNull(page.Find("[data-testid=queue-tile-q1]"));
        Assert.Empty(page.FindAll("[data-testid=agent-b1]"));
        Assert.Empty(page.FindAll("[data-testid='alert-AssistanceRequested:b1:1']"));
        Assert.Empty(page.FindAll("[data-testid='alert-LongHold:c2:1']"));
        Assert.Empty(page.FindAll("[data-testid=call-c2]"));
        Assert.Empty(page.FindAll("[data-testid=queue-tile-q2]"));
        Assert.Equal("1 open", page.Find("[data-testid=alert-count]").TextContent);
    }

    [Fact]
    public void What_a_supervisor_sees_stays_scoped_as_the_floor_moves()
    {
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        var page = Render<FloorPage>();

        Live.Push(TwoTeams());

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=agent-a1]")));
        Assert.Empty(page.FindAll("[data-testid=agent-b1]"));
    }

    [Fact]
    public void An_alert_widened_to_the_whole_floor_reaches_every_supervisor()
    {
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        Live.Push(FloorRows.View(alerts: [FloorRows.Alert("AssistanceRequested:b1:1", AlertSeverity.Critical, agentId: "b1") with { TeamId = "t2", Audience = AlertAudience.Floor }]));

        var page = Render<FloorPage>();

        Assert.NotNull(page.Find("[data-testid='alert-AssistanceRequested:b1:1']"));
    }

    [Fact]
    public void An_admin_sees_the_whole_floor_but_acts_on_no_alert()
    {
        SignIn("ari.admin", FloorRoles.Admin);
        Live.Push(TwoTeams());

        var page = Render<FloorPage>();

        Assert.NotNull(page.Find("[data-testid=agent-b1]"));
        Assert.NotNull(page.Find("[data-testid=queue-tile-q2]"));
        Assert.NotNull(page.Find("[data-testid='alert-AssistanceRequested:b1:1']"));
        Assert.Empty(page.FindAll("[data-testid=alert-action-take]"));
        Assert.Equal(3, page.FindAll("[data-testid=alert-read-only]").Count);
    }

    [Fact]
    public void An_agent_sees_their_own_page_with_the_help_button()
    {
        SignIn("ada.agent", FloorRoles.Agent, teams: ["t1"], agentId: "a1");
        Live.Push(TwoTeams());

        var page = Render<AgentPage>(p => p.Add(a => a.AgentId, "a1"));

        Assert.NotNull(page.Find("[data-testid=agent-now]"));
        Assert.NotNull(page.Find("[data-testid=help-button]"));
        Assert.Empty(page.FindAll("[data-testid=not-your-page]"));
    }

    [Fact]
    public void An_agent_on_another_agents_page_is_told_it_is_not_theirs_and_sees_nothing_of_it()
    {
        SignIn("ada.agent", FloorRoles.Agent, teams: ["t1"], agentId: "a1");
        Live.Push(TwoTeams());

        var page = Render<AgentPage>(p => p.Add(a => a.AgentId, "b1"));

        Assert.Contains("This is not your page", page.Find("[data-testid=not-your-page]").TextContent);
        Assert.Equal("agent/a1", page.Find("[data-testid=own-page]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=help-button]"));
        Assert.DoesNotContain("Bob", page.Markup);
    }

    [Fact]
    public void The_agent_page_is_left_to_the_server_so_it_is_never_a_circuit()
    {
        // Each request renders it (a supervisor there gets 403 from the server: the authorisation
        // matrix checks it for every role); inside a circuit the router does not route to it.
        Assert.NotNull(typeof(AgentPage).GetCustomAttributes(typeof(ExcludeFromInteractiveRoutingAttribute), inherit: false).SingleOrDefault());
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/agent/a1");

        var routes = Render<Routes>();

        Assert.Empty(routes.FindAll("[data-testid=help-button]"));
        Assert.Empty(routes.FindAll("[data-testid=agent-live]"));
    }

    [Fact]
    public void A_supervisor_opening_another_teams_agent_is_told_it_is_not_in_their_teams()
    {
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        Details.Agents["b1"] = new AgentSnapshot("b1", "Bob", "t2", ["q2"], AgentState.Available, null, FloorRows.Now, 60, null, new AgentDay(3, 0, 0, 0, 0, 0, null, 0), null, FloorRows.Now);

        var page = Render<AgentDetailPage>(p => p.Add(a => a.AgentId, "b1"));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=out-of-scope]")));
        Assert.Empty(page.FindAll("[data-testid=agent-today]"));
        Assert.DoesNotContain("Bob", page.Markup);
    }

    [Fact]
    public void A_supervisor_opening_another_teams_call_sees_neither_its_facts_nor_its_caller()
    {
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        Details.Calls["c2"] = new CallSnapshot(
            "c2", "q2", "b1", CallDirection.Inbound, CustomerTier.Vip, CallState.OnHold, "****0456",
            FloorRows.Now.AddMinutes(-5), FloorRows.Now.AddSeconds(-290), FloorRows.Now.AddSeconds(-30), null,
            20, 10, 160, 30, 30, 1, 0, null, [], [], FloorRows.Now);
        Live.Push(TwoTeams());

        var page = Render<CallPage>(p => p.Add(c => c.CallId, "c2"));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=out-of-scope]")));
        Assert.Empty(page.FindAll("[data-testid=call-facts]"));
        Assert.Empty(page.FindAll("[data-testid=call-live]"));
        Assert.DoesNotContain("0456", page.Markup);
    }

    [Fact]
    public void A_supervisor_sees_the_intraday_figures_of_their_queues_only()
    {
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        Live.Push(TwoTeams());

        var page = Render<IntradayPage>(p => p.Add(i => i.QueueId, "q2"));

        Assert.NotNull(page.Find("[data-testid=out-of-scope]"));
        Assert.NotNull(page.Find("[data-testid=intraday-queue-q1]"));
        Assert.Empty(page.FindAll("[data-testid=intraday-queue-q2]"));
    }

    [Fact]
    public void The_tv_of_a_wallboard_display_shows_every_queue()
    {
        SignIn("tv-1", FloorRoles.Wallboard);
        Live.Push(TwoTeams());

        var page = Render<TvPage>();

        Assert.NotNull(page.Find("[data-testid=queue-tile-q1]"));
        Assert.NotNull(page.Find("[data-testid=queue-tile-q2]"));
    }
}
