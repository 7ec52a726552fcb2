namespace ContactCenter.Domain.History;

/// <summary>One agent's day as the history keeps it; seconds summed over the site day.</summary>
public sealed record AgentDayRecord(
    string AgentId,
    DateOnly Day,
    string? TeamId,
    int Calls,
    double TalkSeconds,
    double HoldSeconds,
    double WrapUpSeconds,
    double NotReadySeconds,
    double LoggedInSeconds,
    IReadOnlyDictionary<string, double> NotReadyByReason)
{
    /// <summary>DOMAIN.md's occupancy: handling time over handling and available time; null with no such time.</summary>
    public double? Occupancy
    {
        get
        {
            var handling = TalkSeconds + HoldSeconds + WrapUpSeconds;
            var available = LoggedInSeconds - NotReadySeconds;
            return available > 0 ? Math.Min(1, handling / available) : null;
        }
    }
}
