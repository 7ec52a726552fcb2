using System.Globalization;
using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>The words a supervisor reads for each state, rule and level: colour and icons are never the only signal.</summary>
public static class ScreenText
{
    public static string Of(AgentState state) => state switch
    {
        AgentState.LoggedOut => "Logged out",
        AgentState.Available => "Available",
        AgentState.Ringing => "Ringing",
        AgentState.Talking => "Talking",
        AgentState.OnHold => "On hold",
        AgentState.WrapUp => "Wrap-up",
        AgentState.NotReady => "Not ready",
        _ => state.ToString(),
    };

    public static string Of(CallState state) => state switch
    {
        CallState.Queued => "Waiting",
        CallState.Dialing => "Dialing",
        CallState.Ringing => "Ringing",
        CallState.Talking => "Talking",
        CallState.OnHold => "On hold",
        CallState.Ended => "Ended",
        CallState.Abandoned => "Abandoned",
        _ => state.ToString(),
    };

    public static string Of(AlertSeverity severity) => severity == AlertSeverity.Critical ? "Critical" : "Warning";

    public static string Of(AlertStatus status) => status switch
    {
        AlertStatus.Open => "Open",
        AlertStatus.Acknowledged => "Acknowledged",
        AlertStatus.Taken => "Taken",
        AlertStatus.Snoozed => "Snoozed",
        AlertStatus.Resolved => "Resolved",
        AlertStatus.Cleared => "Cleared",
        _ => status.ToString(),
    };

    public static string Of(AlertRule rule) => rule switch
    {
        AlertRule.AssistanceRequested => "Hand raised",
        AlertRule.LongHold => "Long hold",
        AlertRule.RepeatedHold => "Repeated hold",
        AlertRule.LongCall => "Long call",
        AlertRule.QueueWait => "Queue wait",
        AlertRule.ServiceLevel => "Service level",
        AlertRule.VipWaiting => "VIP waiting",
        AlertRule.MultipleTransfers => "Multiple transfers",
        AlertRule.LongWrapUp => "Long wrap-up",
        AlertRule.LongNotReady => "Long not ready",
        AlertRule.AgentStrain => "Agent strain",
        _ => rule.ToString(),
    };

    public static string Of(JoinMode mode) => mode switch
    {
        JoinMode.Monitor => "monitoring",
        JoinMode.Whisper => "whispering",
        JoinMode.Barge => "barging in",
        _ => mode.ToString(),
    };

    public static string Of(TileLevel level) => level switch
    {
        TileLevel.Good => "OK",
        TileLevel.Warning => "Warning",
        TileLevel.Critical => "Critical",
        _ => "No data",
    };

    public static string Of(CustomerTier tier) => tier switch
    {
        CustomerTier.Vip => "VIP",
        CustomerTier.HighValue => "High value",
        _ => "Regular",
    };

    /// <summary>A ratio as whole percent ("72 %"), or a dash when there is no figure (zero denominator).</summary>
    public static string Percent(double? ratio) =>
        ratio is { } r ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(r * 100, MidpointRounding.AwayFromZero):0} %") : "–";

    /// <summary>
    /// A screen's words with a lower-case first letter ("On hold" → "on hold"), for a word used both as a
    /// heading and mid-sentence or as a label. Resource names may not differ only in case, so the lower-case
    /// use shares the capitalised key; a translation without letter case (Chinese) comes back unchanged.
    /// </summary>
    public static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>The CSS class that carries a level's colour (the text and icon carry it too).</summary>
    public static string CssOf(TileLevel level) => "level-" + level.ToString().ToLowerInvariant();
}
