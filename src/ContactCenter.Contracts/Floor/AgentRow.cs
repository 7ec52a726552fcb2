namespace ContactCenter.Contracts.Floor;

/// <summary>
/// The part of an agent that team and queue aggregates keep: enough for a grid row and for
/// staffing counts. Clocks are timestamps so screens tick them without a message per second.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgentRow(
    string AgentId,
    string? Name,
    string? TeamId,
    string[] Queues,
    AgentState State,
    string? Reason,
    DateTimeOffset? StateSince,
    string? CurrentCallId,
    AssistanceFlag? Assistance,
    int CallsToday,
    AgentDayCounters? Day = null);
