using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Dashboard.Live;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Time;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// The whole visible floor in one line: who waits and for how long, the service level today and
/// this interval (the queues' counts summed, then divided: never an average of percentages),
/// agents by state (each agent once, however many queues they serve) and open alerts by severity.
/// </summary>
public sealed record FloorStripFigures(
    int Waiting,
    DateTimeOffset? OldestWaitingSince,
    QueueStats Today,
    QueueStats CurrentInterval,
    double ServiceLevelTarget,
    Staffing Agents,
    int CriticalAlerts,
    int WarningAlerts)
{
    public static FloorStripFigures From(LiveView view, DateTimeOffset now, SiteCalendar calendar)
    {
        var waiting = view.Calls.Where(QueueTileFigures.IsWaiting).ToList();
        var queues = view.Queues;
        // A quiet queue's last headline may be of an earlier interval or day: it adds nothing to this one.
        var (dayStart, intervalStart) = (calendar.DayStart(now), calendar.IntervalStart(now));
        var today = Sum(queues.Select(q => q.Today).Where(s => s.From == dayStart));
        var interval = Sum(queues.Select(q => q.CurrentInterval).Where(s => s.From == intervalStart));
        // With queues of different targets the floor is held to the highest: the strip never looks better than a queue would.
        var target = queues.Count == 0 ? 0 : queues.Max(q => q.ServiceLevelTarget);
        var active = view.Alerts.Where(a => a.IsActive).ToList();
        return new FloorStripFigures(
            waiting.Count,
            waiting.Count == 0 ? null : waiting.Min(c => c.WaitingSince),
            today,
            interval,
            target,
            StaffingCount.Of(view.Agents),
            active.Count(a => a.Severity == AlertSeverity.Critical),
            active.Count(a => a.Severity == AlertSeverity.Warning));
    }

    private static QueueStats Sum(IEnumerable<QueueStats> parts)
    {
        var list = parts.ToList();
        return list.Count == 0
            ? QueueFigureBook.Sum(list, DateTimeOffset.MinValue, DateTimeOffset.MinValue)
            : QueueFigureBook.Sum(list, list.Min(s => s.From), list.Max(s => s.To));
    }
}
