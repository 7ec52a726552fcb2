namespace ContactCenter.Domain.Agents;

/// <summary>An agent's counters over one site day, with not-ready seconds per reason ("" where none was given).</summary>
[GenerateSerializer]
public sealed record AgentDayTotals(
    DateOnly Day,
    int Calls,
    double TalkSeconds,
    double HoldSeconds,
    double WrapUpSeconds,
    double NotReadySeconds,
    double LoggedInSeconds,
    Dictionary<string, double> NotReadyByReason)
{
    /// <summary>Two parts of the same day added up (the live part and the late part).</summary>
    public AgentDayTotals Plus(AgentDayTotals other)
    {
        var reasons = new Dictionary<string, double>(NotReadyByReason);
        foreach (var (reason, seconds) in other.NotReadyByReason)
        {
            reasons[reason] = reasons.GetValueOrDefault(reason) + seconds;
        }

        return new(Day, Calls + other.Calls, TalkSeconds + other.TalkSeconds, HoldSeconds + other.HoldSeconds, WrapUpSeconds + other.WrapUpSeconds,
            NotReadySeconds + other.NotReadySeconds, LoggedInSeconds + other.LoggedInSeconds, reasons);
    }

    /// <summary>DOMAIN.md's occupancy: talk, hold and wrap-up over logged-in time less not-ready time; null with no such time.</summary>
    public double? Occupancy
    {
        get
        {
            var available = LoggedInSeconds - NotReadySeconds;
            return available > 0 ? (TalkSeconds + HoldSeconds + WrapUpSeconds) / available : null;
        }
    }
}
