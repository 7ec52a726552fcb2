using ContactCenter.Dashboard.Components.Layout;
using ContactCenter.Dashboard.Components.Pages;
using ContactCenter.Dashboard.Components.Shared;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>Signing in and out on the screens, and who acts once signed in.</summary>
public sealed class SignInTests : WallboardContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void An_anonymous_visitor_on_the_floor_is_sent_to_sign_in_and_brought_back_after()
    {
        EnableSecurity();
        Navigation.NavigateTo("/");

        var routes = Render<Routes>();

        routes.WaitForAssertion(() => Assert.Equal("http://localhost/login?returnUrl=%2F", Navigation.Uri));
        Assert.Empty(routes.FindAll("[data-testid=alert-inbox]"));
    }

    [Fact]
    public void A_signed_in_supervisor_on_the_floor_sees_the_floor()
    {
        EnableSecurity();
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        Navigation.NavigateTo("/");

        var routes = Render<Routes>();

        Assert.NotNull(routes.Find("[data-testid=alert-inbox]"));
        Assert.Equal("http://localhost/", Navigation.Uri);
    }

    [Fact]
    public void A_signed_in_agent_on_the_floor_is_told_it_is_not_for_their_role()
    {
        EnableSecurity();
        SignIn("ada.agent", FloorRoles.Agent, teams: ["t1"], agentId: "a1");
        Navigation.NavigateTo("/floor");

        var routes = Render<Routes>();

        Assert.NotNull(routes.Find("[data-testid=access-denied]"));
        Assert.Equal("agent/a1", routes.Find("[data-testid=denied-own-page]").GetAttribute("href"));
        Assert.Empty(routes.FindAll("[data-testid=alert-inbox]"));
    }

    [Theory]
    [InlineData("missing", "Type your user name and password.")]
    [InlineData("invalid", "Unknown user name or wrong password.")]
    [InlineData("throttled", "Too many failed attempts: wait a minute and try again.")]
    public void The_sign_in_page_says_why_the_last_attempt_failed_and_keeps_where_to_go(string error, string message)
    {
        Navigation.NavigateTo($"login?error={error}&returnUrl=%2Fintraday%2Fq1");

        var page = Render<LoginPage>();

        Assert.Equal(message, page.Find("[data-testid=login-error]").TextContent);
        var form = page.Find("[data-testid=login-form]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("account/login", form.GetAttribute("action"));
        Assert.Equal("/intraday/q1", form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotNull(form.QuerySelector("input[name=username]"));
        Assert.Equal("password", form.QuerySelector("input[name=password]")!.GetAttribute("type"));
    }

    [Fact]
    public void The_sign_in_page_shows_no_error_on_arrival_and_drops_a_return_address_off_the_site()
    {
        Navigation.NavigateTo("login?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        var page = Render<LoginPage>();

        Assert.Empty(page.FindAll("[data-testid=login-error]"));
        Assert.True(string.IsNullOrEmpty(page.Find("input[name=returnUrl]").GetAttribute("value")));
    }

    [Fact]
    public void The_sign_out_button_names_who_is_signed_in_and_posts_to_the_account_endpoint()
    {
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"]);

        var button = Render<SignOutButton>();

        Assert.Equal("sam.supervisor", button.Find("[data-testid=signed-in-name]").TextContent);
        Assert.Equal("supervisor", button.Find("[data-testid=signed-in-role]").TextContent);
        var form = button.Find("[data-testid=sign-out-form]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("account/logout", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotNull(form.QuerySelector("button[type=submit][data-testid=sign-out]"));
    }

    [Fact]
    public void Nobody_signed_in_means_no_sign_out_button()
    {
        var button = Render<SignOutButton>();

        Assert.Empty(button.FindAll("[data-testid=sign-out]"));
    }

    [Fact]
    public void With_security_on_the_header_shows_the_signed_in_supervisor_instead_of_the_acting_as_field()
    {
        EnableSecurity();
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"]);

        var layout = Render<MainLayout>();

        Assert.Empty(layout.FindAll("[data-testid=supervisor-name]"));
        Assert.Equal("sam.supervisor", layout.Find("[data-testid=signed-in-name]").TextContent);
        Assert.Equal("sam.supervisor", Session.Name);
        Assert.NotNull(Session.TrySetName("kim"));
        Assert.Equal("sam.supervisor", Session.Name);
    }

    [Fact]
    public void With_security_off_the_acting_as_field_stays_and_there_is_nothing_to_sign_out_of()
    {
        var layout = Render<MainLayout>();

        Assert.NotNull(layout.Find("[data-testid=supervisor-name]"));
        Assert.Empty(layout.FindAll("[data-testid=sign-out]"));
    }

    [Fact]
    public void Signed_in_a_supervisors_actions_are_recorded_under_the_signed_in_name()
    {
        EnableSecurity();
        SignIn("sam.supervisor", FloorRoles.Supervisor, teams: ["t1"], queues: ["q1"]);
        var card = Render<AlertCard>(p => p.Add(c => c.Alert, FloorRows.Alert("LongHold:c1:1")));

        card.Find("[data-testid=alert-action-take]").Click();

        Assert.Equal(["take LongHold:c1:1 by sam.supervisor"], AlertActions.Calls);
    }
}
