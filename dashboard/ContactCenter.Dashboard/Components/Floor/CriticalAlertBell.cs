using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// Decides when the inbox sounds: once for each alert that becomes critical while nobody has it
/// yet. What was already on screen when the page opened stays quiet, so a reload never rings.
/// </summary>
public sealed class CriticalAlertBell
{
    private HashSet<string>? heard;

    public bool ShouldRing(IEnumerable<AlertSnapshot> alerts)
    {
        var critical = alerts
            .Where(a => a.Severity == AlertSeverity.Critical && a.Status == AlertStatus.Open)
            .Select(a => a.AlertId)
            .ToHashSet(StringComparer.Ordinal);
        var ring = heard is not null && critical.Any(id => !heard.Contains(id));
        heard = critical;
        return ring;
    }
}
