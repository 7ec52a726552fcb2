namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>What a supervisor may tune about the screens themselves (configuration section "Wallboard").</summary>
public sealed class WallboardOptions
{
    public const string Section = "Wallboard";

    /// <summary>How long the inbox's "Snooze" parks an alert; the alert grain caps it (Floor:Alerts:MaxSnoozeMinutes).</summary>
    public int SnoozeMinutes { get; set; } = 5;

    /// <summary>Rows a grid renders before asking for a filter: a floor of 10,000 agents must not render 10,000 rows per push.</summary>
    public int MaxRows { get; set; } = 200;

    /// <summary>Whether the supervisor view sounds on a new critical alert until someone mutes it.</summary>
    public bool SoundOnCritical { get; set; } = true;

    /// <summary>Open alerts the TV shows; the rest are counted.</summary>
    public int TvAlerts { get; set; } = 8;

    /// <summary>Tiles on one TV page (at most 24, which is what 1920x1080 reads from across a room); more turn into pages.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, TvPlan.MostTiles)]
    public int TvPageSize { get; set; } = TvPlan.MostTiles;

    /// <summary>How long a TV shows each page when its tiles do not fit on one.</summary>
    [System.ComponentModel.DataAnnotations.Range(3, 3_600)]
    public int TvRotateSeconds { get; set; } = 15;
}
