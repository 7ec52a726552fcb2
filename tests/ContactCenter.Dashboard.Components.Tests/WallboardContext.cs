using ContactCenter.Dashboard.Components.Actions;
using ContactCenter.Dashboard.Components.Floor;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Security;
using Bunit.TestDoubles;
using ContactCenter.Domain.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>
/// A bUnit context with the wall-board's services faked: a live floor the test pushes, a clock
/// stopped at <see cref="FloorRows.Now"/>, actions that record. JS calls are accepted and recorded.
/// Security is off and nobody is signed in unless a test calls <see cref="SignIn"/>.
/// </summary>
public abstract class WallboardContext : BunitContext, IAsyncLifetime
{
    protected WallboardContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddOptions();
        Services.AddSingleton<ILiveFloor>(Live);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(new SiteTime(Clock, () => TimeZoneInfo.Utc));
        Services.AddSingleton<ITileThresholds>(new FixedThresholds(TileThresholds.Default));
        Services.AddSingleton<IAlertActions>(AlertActions);
        Services.AddSingleton<IAssistanceActions>(Assistance);
        Services.AddSingleton<IFloorDetails>(Details);
        Services.AddScoped<SupervisorSession>();
        Services.AddSingleton<FloorAccess>();
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        Services.AddLocalization();
        Services.AddScoped<ContactCenter.Dashboard.Localisation.ScreenCulture>();
        Services.AddSingleton(_ => new FloorSettings(new ConfigurationBuilder().AddInMemoryCollection(FloorConfiguration).Build()));
        Services.AddSingleton<FloorNames>();
        Auth = AddAuthorization();
    }

    /// <summary>The floor's configuration ("Floor:Queues:q1:Name" and so on): add to it before anything is rendered.</summary>
    protected Dictionary<string, string?> FloorConfiguration { get; } = [];

    /// <summary>The fake signed-in user (bUnit's): anonymous until <see cref="SignIn"/>.</summary>
    protected BunitAuthorizationContext Auth { get; }

    protected FakeFloorLive Live { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(FloorRows.Now);

    protected FakeAlertActions AlertActions { get; } = new();

    protected FakeAssistanceActions Assistance { get; } = new();

    protected FakeFloorDetails Details { get; } = new();

    protected SupervisorSession Session => Services.GetRequiredService<SupervisorSession>();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's popover service (the layouts') disposes only asynchronously: xunit calls this before Dispose.</summary>
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Runs <paramref name="test"/> as a browser in Simplified Chinese would (the circuit's culture), then restores the thread's own.</summary>
    protected static void InChinese(Action test)
    {
        var (culture, uiCulture) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        var chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (chinese, chinese);
        try
        {
            test();
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>Security:Enabled=true; call before anything is rendered (options are read once).</summary>
    protected void EnableSecurity() => Services.Configure<SecurityOptions>(o => o.Enabled = true);

    /// <summary>
    /// Signs a user in as the account endpoint would: name, role, teams, queues, agent id. The
    /// policies the fake authorizer grants are those the role's screens need.
    /// </summary>
    protected void SignIn(string name, string role, string[]? teams = null, string[]? queues = null, string? agentId = null)
    {
        Auth.SetAuthorized(name);
        Auth.SetRoles(role);
        Auth.SetClaims([
            .. (teams ?? []).Select(t => new System.Security.Claims.Claim(FloorClaims.Team, t)),
            .. (queues ?? []).Select(q => new System.Security.Claims.Claim(FloorClaims.Queue, q)),
            .. agentId is null ? [] : new[] { new System.Security.Claims.Claim(FloorClaims.AgentId, agentId) },
        ]);
        Auth.SetPolicies(role switch
        {
            FloorRoles.Agent => [FloorPolicies.Agent, FloorPolicies.ReadAgent, FloorPolicies.Authenticated],
            FloorRoles.Wallboard => [FloorPolicies.ReadFloor, FloorPolicies.Authenticated],
            FloorRoles.Admin => [ScreenPolicies.Supervise, FloorPolicies.ReadFloor, FloorPolicies.ReadAgent, FloorPolicies.Admin, FloorPolicies.Authenticated],
            _ => [ScreenPolicies.Supervise, FloorPolicies.ReadFloor, FloorPolicies.ReadAgent, FloorPolicies.ActOnAlerts, FloorPolicies.Authenticated],
        });
    }

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }

    private sealed class FixedThresholds(TileThresholds thresholds) : ITileThresholds
    {
        public TileThresholds For(string queueId) => thresholds;
    }
}
