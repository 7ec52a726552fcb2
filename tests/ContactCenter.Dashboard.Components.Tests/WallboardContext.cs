using ContactCenter.Dashboard.Components.Actions;
using ContactCenter.Dashboard.Components.Floor;
using ContactCenter.Dashboard.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>
/// A bUnit context with the wall-board's services faked: a live floor the test pushes, a clock
/// stopped at <see cref="FloorRows.Now"/>, actions that record. JS calls are accepted and recorded.
/// </summary>
public abstract class WallboardContext : BunitContext
{
    protected WallboardContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddOptions();
        Services.AddSingleton<IFloorLive>(Live);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(new SiteTime(Clock, () => TimeZoneInfo.Utc));
        Services.AddSingleton<ITileThresholds>(new FixedThresholds(TileThresholds.Default));
        Services.AddSingleton<IAlertActions>(AlertActions);
        Services.AddSingleton<IAssistanceActions>(Assistance);
        Services.AddSingleton<IFloorDetails>(Details);
        Services.AddScoped<SupervisorSession>();
    }

    protected FakeFloorLive Live { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(FloorRows.Now);

    protected FakeAlertActions AlertActions { get; } = new();

    protected FakeAssistanceActions Assistance { get; } = new();

    protected FakeFloorDetails Details { get; } = new();

    protected SupervisorSession Session => Services.GetRequiredService<SupervisorSession>();

    private sealed class FixedThresholds(TileThresholds thresholds) : ITileThresholds
    {
        public TileThresholds For(string queueId) => thresholds;
    }
}
