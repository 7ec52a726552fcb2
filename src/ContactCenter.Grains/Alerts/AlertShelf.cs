using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// The alerts a queue or team shows: every active one, and the most recent closed ones for
/// "all". Kept by the scope grains so reading the floor's alerts never visits every alert grain.
/// </summary>
[GenerateSerializer]
public sealed class AlertShelf
{
    public const int ClosedKept = 100;

    [Id(0)] private Dictionary<string, AlertSnapshot> active = [];
    [Id(1)] private List<AlertSnapshot> closed = [];

    public int ActiveCount => active.Count;

    public void Upsert(AlertSnapshot alert)
    {
        if (active.TryGetValue(alert.AlertId, out var known) && known.UpdatedAt > alert.UpdatedAt)
        {
            return;
        }

        closed.RemoveAll(c => c.AlertId == alert.AlertId);
        if (alert.IsActive)
        {
            active[alert.AlertId] = alert;
            return;
        }

        active.Remove(alert.AlertId);
        closed.Add(alert);
        if (closed.Count > ClosedKept)
        {
            closed.RemoveAt(0);
        }
    }

    public AlertSnapshot[] Active() => [.. active.Values];

    public AlertSnapshot[] All() => [.. active.Values, .. closed];
}
