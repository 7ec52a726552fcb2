using ContactCenter.Domain.Configuration;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>Reads the tile thresholds from the same per-queue rule settings the grains judge alerts by.</summary>
public sealed class ConfiguredTileThresholds(FloorSettings settings) : ITileThresholds
{
    public TileThresholds For(string queueId)
    {
        var rules = settings.ForQueue(queueId).Rules;
        return new TileThresholds(rules.QueueWait.Warning, rules.QueueWait.Critical, rules.ServiceLevel.CriticalPointsBelowTarget);
    }
}
