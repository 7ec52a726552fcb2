namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>How a figure on a tile stands against its thresholds: green, amber, red, or nothing to judge yet.</summary>
public enum TileLevel
{
    NoData,
    Good,
    Warning,
    Critical,
}
