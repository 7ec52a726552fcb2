using ContactCenter.Contracts.Events;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Timeline;

namespace ContactCenter.Grains.Agents;

/// <summary>What an agent's past day persists: the day's late events (all of them, so a replay is recognised), the legs counted and their numbering.</summary>
[GenerateSerializer]
public sealed class AgentLateDayState
{
    /// <summary>More events than one agent makes in a day: every late event stays, so a repeat is always a duplicate.</summary>
    public const int DayWindow = 20_000;

    /// <summary>Legs kept for late events to move: more than one agent handles in a day.</summary>
    public const int DayLegs = 2_000;

    [Id(0)] public EventTimeline<AgentFacts, AgentEvent> Timeline { get; set; } = new(DayWindow, AgentFacts.KeepingLegs(DayLegs));
    [Id(1)] public List<HandledLeg> CountedLegs { get; set; } = [];
    [Id(2)] public long LegSeq { get; set; }

    /// <summary>Whether the live agent counted this day (it has a day in the history); asked once.</summary>
    [Id(3)] public bool? CountedLive { get; set; }
}
