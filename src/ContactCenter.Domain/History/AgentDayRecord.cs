using ContactCenter.Domain.Agents;

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
    public static AgentDayRecord Of(string agentId, string? teamId, AgentDayTotals day) => new(
        agentId, day.Day, teamId, day.Calls, day.TalkSeconds, day.HoldSeconds, day.WrapUpSeconds, day.NotReadySeconds, day.LoggedInSeconds, day.NotReadyByReason);

    /// <summary>DOMAIN.md's occupancy: handling time over handling and available time; null with no such time.</summary>
    public double? Occupancy
    {
        get
        {
            var handling = TalkSeconds + HoldSeconds + WrapUpSeconds;
            var available = LoggedInSeconds - NotReadySeconds;
            return available > 0 ? handling / available : null;
        }
    }
}
