namespace ContactCenter.Contracts.Floor;

/// <summary>An agent's counters since the site's midnight; running states counted up to the read.</summary>
[GenerateSerializer, Immutable]
public sealed record AgentDay(
    int Calls,
    double TalkSeconds,
    double HoldSeconds,
    double WrapUpSeconds,
    double NotReadySeconds,
    double LoggedInSeconds,
    double? Occupancy,
    int DifficultCallsInRow);
