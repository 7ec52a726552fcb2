using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Time;
using ContactCenter.Domain.Timeline;
using ContactCenter.Grains.Agents;

namespace ContactCenter.Bench.Baseline;

/// <summary>An agent in the baseline loop: the agent grain's own state object, without the grain.</summary>
public sealed class BaselineAgent
{
    private readonly AgentGrainState state = new();

    public BaselineAgent(string id, SiteCalendar calendar)
    {
        Id = id;
        state.Timeline.Calendar = calendar;
    }

    public string Id { get; }

    public EventTimeline<AgentFacts, AgentEvent> Timeline => state.Timeline;

    public AgentRow? PublishedRow
    {
        get => state.PublishedRow;
        set => state.PublishedRow = value;
    }

    public Dictionary<AlertRule, AlertSeverity> Raised => state.Raised;

    public List<HandledLeg> CountedLegs => state.CountedLegs;
}
