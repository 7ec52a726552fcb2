namespace ContactCenter.Contracts.Floor;

/// <summary>One agent as the API shows it.</summary>
[GenerateSerializer, Immutable]
public sealed record AgentSnapshot(
    string AgentId,
    string? Name,
    string? TeamId,
    string[] Queues,
    AgentState State,
    string? Reason,
    DateTimeOffset? StateSince,
    double TimeInStateSeconds,
    string? CurrentCallId,
    AgentDay Today,
    AssistanceFlag? Assistance,
    DateTimeOffset AsOf);
