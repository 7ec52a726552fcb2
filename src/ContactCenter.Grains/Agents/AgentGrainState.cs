using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Timeline;

namespace ContactCenter.Grains.Agents;

/// <summary>What an agent grain persists: a bounded timeline, the row last published, alerts raised and legs counted.</summary>
[GenerateSerializer]
public sealed class AgentGrainState
{
    /// <summary>Entries kept before folding into the checkpoint: enough for late events within a call or two, small enough for 4 KB a grain.</summary>
    public const int TimelineWindow = 16;

    [Id(0)] public EventTimeline<AgentFacts, AgentEvent> Timeline { get; set; } = new(TimelineWindow);
    [Id(1)] public AgentRow? PublishedRow { get; set; }
    [Id(2)] public Dictionary<AlertRule, AlertSeverity> Raised { get; set; } = [];
    [Id(4)] public List<HandledLeg> CountedLegs { get; set; } = [];

    /// <summary>The number of the last leg update sent to a queue (see <see cref="QueueLegUpdate.Seq"/>).</summary>
    [Id(5)] public long LegSeq { get; set; }
}
