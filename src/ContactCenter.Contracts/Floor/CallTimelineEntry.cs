using ContactCenter.Contracts.Events;

namespace ContactCenter.Contracts.Floor;

/// <summary>One applied event in a call's timeline.</summary>
[GenerateSerializer, Immutable]
public sealed record CallTimelineEntry(string EventId, FloorEventType Type, DateTimeOffset At, string? AgentId, string? Detail);
