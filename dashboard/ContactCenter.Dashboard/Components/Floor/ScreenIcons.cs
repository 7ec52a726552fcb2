using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>The icon that goes with each state and level, always next to its words from <see cref="ScreenText"/>.</summary>
public static class ScreenIcons
{
    public static string Of(AgentState state) => state switch
    {
        AgentState.Available => Icons.Material.Filled.CheckCircleOutline,
        AgentState.Ringing => Icons.Material.Filled.RingVolume,
        AgentState.Talking => Icons.Material.Filled.PhoneEnabled,
        AgentState.OnHold => Icons.Material.Filled.PhonePaused,
        AgentState.WrapUp => Icons.Material.Filled.EditNote,
        AgentState.NotReady => Icons.Material.Filled.DoNotDisturbOn,
        _ => Icons.Material.Filled.Logout,
    };

    public static string Of(CallState state) => state switch
    {
        CallState.Queued => Icons.Material.Filled.HourglassTop,
        CallState.Ringing or CallState.Dialing => Icons.Material.Filled.RingVolume,
        CallState.Talking => Icons.Material.Filled.PhoneEnabled,
        CallState.OnHold => Icons.Material.Filled.PhonePaused,
        _ => Icons.Material.Filled.CallEnd,
    };

    public static string Of(AlertSeverity severity) =>
        severity == AlertSeverity.Critical ? Icons.Material.Filled.Error : Icons.Material.Filled.Warning;

    public static string Of(AlertStatus status) => status switch
    {
        AlertStatus.Open => Icons.Material.Filled.NotificationsActive,
        AlertStatus.Acknowledged => Icons.Material.Filled.Visibility,
        AlertStatus.Taken => Icons.Material.Filled.AssignmentInd,
        AlertStatus.Snoozed => Icons.Material.Filled.Snooze,
        _ => Icons.Material.Filled.TaskAlt,
    };

    public static string Of(TileLevel level) => level switch
    {
        TileLevel.Good => Icons.Material.Filled.CheckCircle,
        TileLevel.Warning => Icons.Material.Filled.Warning,
        TileLevel.Critical => Icons.Material.Filled.Error,
        _ => Icons.Material.Filled.RemoveCircleOutline,
    };
}
