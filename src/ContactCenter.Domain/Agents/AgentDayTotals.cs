namespace ContactCenter.Domain.Agents;

/// <summary>An agent's counters over one site day, with not-ready seconds per reason.</summary>
[GenerateSerializer]
public sealed record AgentDayTotals(
    DateOnly Day,
    int Calls,
    double TalkSeconds,
    double HoldSeconds,
    double WrapUpSeconds,
    double NotReadySeconds,
    double LoggedInSeconds,
    Dictionary<string, double> NotReadyByReason);
