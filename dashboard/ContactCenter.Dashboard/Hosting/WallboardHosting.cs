using ContactCenter.Dashboard.Components;
using ContactCenter.Dashboard.Commands;
using ContactCenter.Dashboard.Components.Actions;
using ContactCenter.Dashboard.Components.Floor;
using ContactCenter.Dashboard.Localisation;
using ContactCenter.Dashboard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// The Blazor wall-board: supervisor view, TV mode and agent page, rendered interactively on the
/// server from the live floor (<see cref="Live.ILiveFloor"/>, registered by the live pipeline).
/// </summary>
public static class WallboardHosting
{
    public static WebApplicationBuilder AddWallboard(this WebApplicationBuilder builder)
    {
        // Serves MudBlazor's and Blazor's own files straight from the build output in every environment,
        // not only Development: README runs `dotnet run` without one. A published app has them in wwwroot.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddOptions<WallboardOptions>().Bind(builder.Configuration.GetSection(WallboardOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FloorSettings>();
        services.AddSingleton(sp => new SiteTime(sp.GetRequiredService<TimeProvider>(), () => sp.GetRequiredService<FloorSettings>().Calendar.Zone));
        services.AddSingleton<ITileThresholds, ConfiguredTileThresholds>();
        services.AddSingleton<FloorNames>();
        services.AddScreenCultures();
        services.AddScoped<ScreenCulture>();
        services.AddSingleton<AlertCommandHandler>();
        services.AddSingleton<AssistanceCommandHandler>();
        services.AddScoped<IAlertActions, SessionAlertActions>();
        services.AddSingleton<IAssistanceActions>(sp => sp.GetRequiredService<AssistanceCommandHandler>());
        services.AddSingleton<IFloorDetails, GrainFloorDetails>();
        services.AddScoped<SupervisorSession>();
        // Sign-in: every screen reads who is signed in; the floor's screens are for
        // supervisors and admins. Authentication and the floor's policies are SecurityHosting's.
        services.AddCascadingAuthenticationState();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<SecurityOptions>>((authorization, security) => ScreenPolicies.Add(authorization, security.Value.Enabled));
        return builder;
    }

    /// <summary>
    /// Maps the screens at "/", "/floor", "/tv", "/agent/{id}", "/calls/{id}", "/agents/{id}", "/intraday",
    /// and the static sign-in pages "/login" and "/denied". Authentication and authorization run
    /// before (UseFloorSecurity), so a page's [Authorize] sends an anonymous visitor to "/login".
    /// </summary>
    public static WebApplication MapWallboard(this WebApplication app)
    {
        app.MapStaticAssets();
        app.UseAntiforgery();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
