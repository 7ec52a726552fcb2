using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Timeline;

namespace ContactCenter.Grains.Calls;

/// <summary>What a call grain persists: its timeline, what its queues count for it, and its alerts and flags.</summary>
[GenerateSerializer]
public sealed class CallGrainState
{
    [Id(0)] public EventTimeline<CallFacts, FloorEvent> Timeline { get; set; } = new();
    [Id(1)] public List<QueuedContribution> Counted { get; set; } = [];
    [Id(2)] public string? RowQueueId { get; set; }
    [Id(3)] public Dictionary<AlertRule, AlertSeverity> Raised { get; set; } = [];
    [Id(4)] public List<string> Flags { get; set; } = [];
    /// <summary>An agent raised a hand on this call: difficult for AgentStrain whatever else it did.</summary>
    [Id(5)] public bool Difficult { get; set; }
    [Id(6)] public QueueFigures QueueFigures { get; set; }

    /// <summary>The team of the agent now on the call, as that agent said when it took the call.</summary>
    [Id(7)] public string? AgentTeamId { get; set; }

    /// <summary>The number of the last update sent to a queue (see <see cref="QueueCallUpdate.Seq"/>).</summary>
    [Id(8)] public long UpdateSeq { get; set; }
}
