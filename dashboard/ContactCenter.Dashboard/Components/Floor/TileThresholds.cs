namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// What a queue tile is coloured by: the QueueWait rule's levels for the longest wait and the
/// ServiceLevel rule's critical distance below target, so a tile turns amber and red exactly
/// where the alerts do.
/// </summary>
public sealed record TileThresholds(double WaitWarningSeconds, double WaitCriticalSeconds, double ServiceLevelCriticalPoints)
{
    /// <summary>DOMAIN.md's defaults: 20 s / 60 s, and 20 points below target.</summary>
    public static readonly TileThresholds Default = new(20, 60, 0.20);
}
