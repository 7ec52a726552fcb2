using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Time;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// An agent's day as of now, from the counters on their row plus the state running since: busy
/// (talk, hold, wrap-up), logged-in and not-ready seconds, and from them occupancy (busy over
/// logged-in less not-ready), AHT (handle time of the legs finished today over those legs, as a
/// queue's AHT is per handled leg; the wrap-up running now counts with its leg) and calls per
/// logged-in hour. Counters of an earlier day count as nothing: the day starts at the site's midnight.
/// </summary>
public sealed record AgentDayFigures(int Calls, int Legs, double BusySeconds, double FinishedHandleSeconds, double LoggedInSeconds, double NotReadySeconds)
{
    public static readonly AgentDayFigures None = new(0, 0, 0, 0, 0, 0);

    public double AvailableSeconds => Math.Max(0, LoggedInSeconds - NotReadySeconds);

    public double? Occupancy => AvailableSeconds > 0 ? BusySeconds / AvailableSeconds : null;

    public double? AhtSeconds => Legs > 0 ? FinishedHandleSeconds / Legs : null;

    public double? CallsPerHour => LoggedInSeconds >= 60 ? Calls / (LoggedInSeconds / 3600) : null;

    public static AgentDayFigures Of(AgentRow row, DateTimeOffset now, SiteCalendar calendar)
    {
        var dayStart = calendar.DayStart(now);
        var counters = row.Day is { } day && day.CountedUntil >= dayStart ? day : null;
        var figures = counters is null
            ? None
            : new AgentDayFigures(row.CallsToday, counters.FinishedLegs, counters.BusySeconds, counters.FinishedHandleSeconds, counters.LoggedInSeconds, counters.NotReadySeconds);
        if (row.State == AgentState.LoggedOut)
        {
            return figures;
        }

        // The running state, from where the counters stopped (or the day began) until now.
        var from = counters?.CountedUntil ?? row.StateSince ?? now;
        if (from < dayStart)
        {
            from = dayStart;
        }

        var running = Math.Max(0, (now - from).TotalSeconds);
        return row.State switch
        {
            AgentState.Talking or AgentState.OnHold => figures with { BusySeconds = figures.BusySeconds + running, LoggedInSeconds = figures.LoggedInSeconds + running },
            // A wrap-up belongs to the leg just finished: it counts in that leg's handle time as it runs.
            AgentState.WrapUp => figures with { BusySeconds = figures.BusySeconds + running, FinishedHandleSeconds = figures.FinishedHandleSeconds + running, LoggedInSeconds = figures.LoggedInSeconds + running },
            AgentState.NotReady => figures with { NotReadySeconds = figures.NotReadySeconds + running, LoggedInSeconds = figures.LoggedInSeconds + running },
            _ => figures with { LoggedInSeconds = figures.LoggedInSeconds + running },
        };
    }

    /// <summary>Two agents together: seconds and calls summed; the ratios come from the sums (never averaged).</summary>
    public AgentDayFigures Plus(AgentDayFigures a) => new(
        Calls + a.Calls,
        Legs + a.Legs,
        BusySeconds + a.BusySeconds,
        FinishedHandleSeconds + a.FinishedHandleSeconds,
        LoggedInSeconds + a.LoggedInSeconds,
        NotReadySeconds + a.NotReadySeconds);

    public static AgentDayFigures Sum(IEnumerable<AgentDayFigures> parts) => parts.Aggregate(None, (sum, a) => sum.Plus(a));
}
