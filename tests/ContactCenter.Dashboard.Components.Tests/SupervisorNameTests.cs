using ContactCenter.Dashboard.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class SupervisorNameTests : WallboardContext
{
    [Fact]
    public void A_typed_name_becomes_the_acting_supervisor_and_is_kept_in_the_address()
    {
        var field = Render<SupervisorNameField>();

        field.Find("[data-testid=supervisor-name]").Change("sam");

        Assert.Equal("sam", Session.Name);
        Assert.EndsWith("?as=sam", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void A_name_with_spaces_or_symbols_is_refused_with_a_reason()
    {
        var field = Render<SupervisorNameField>();

        field.Find("[data-testid=supervisor-name]").Change("sam smith!");

        Assert.Null(Session.Name);
        Assert.Contains("1 to 64", field.Find("[data-testid=supervisor-name-problem]").TextContent);
    }

    [Fact]
    public void The_name_in_the_address_is_taken_on_arrival()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("floor?as=kim");

        Render<SupervisorNameField>();

        Assert.Equal("kim", Session.Name);
    }
}
