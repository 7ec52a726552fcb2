namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>The thresholds a queue's tile is judged by (per-queue configuration, defaults from DOMAIN.md).</summary>
public interface ITileThresholds
{
    TileThresholds For(string queueId);
}
