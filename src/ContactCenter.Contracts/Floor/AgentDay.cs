namespace ContactCenter.Contracts.Floor;

/// <summary>An agent's counters since the site's midnight; running states counted up to the read; not-ready seconds per reason ("" for none given).</summary>
[GenerateSerializer, Immutable]
public sealed record AgentDay(
    int Calls,
    double TalkSeconds,
    double HoldSeconds,
    double WrapUpSeconds,
    double NotReadySeconds,
    double LoggedInSeconds,
    double? Occupancy,
    int DifficultCallsInRow,
    Dictionary<string, double>? NotReadyByReason = null);
