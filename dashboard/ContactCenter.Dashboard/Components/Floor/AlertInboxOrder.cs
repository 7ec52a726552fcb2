using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// The inbox's order: most severe first, newest first within a severity. A snoozed alert goes to
/// the bottom: a supervisor parked it on purpose, and it must not push live ones off the screen.
/// </summary>
public static class AlertInboxOrder
{
    public static IReadOnlyList<AlertSnapshot> Sort(IEnumerable<AlertSnapshot> alerts) =>
        alerts.Where(a => a.IsActive)
            .OrderBy(a => a.Status == AlertStatus.Snoozed)
            .ThenByDescending(a => a.Severity)
            .ThenByDescending(a => a.RaisedAt)
            .ThenBy(a => a.AlertId, StringComparer.Ordinal)
            .ToList();
}
