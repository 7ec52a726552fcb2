using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Queues;
using ContactCenter.Grains.Alerts;

namespace ContactCenter.Grains.Queues;

/// <summary>
/// What a queue grain persists with every batch: its interval counts not yet in the history store, which calls are live in it, the state of each serving agent,
/// the rules it has raised and the last update applied from each call and each agent (kept
/// apart, so a call and an agent may share an id). It is written once per batch of updates, so
/// it keeps of an agent only what staffing counts need, not the agent's whole row.
/// </summary>
[GenerateSerializer]
public sealed class QueueGrainState
{
    /// <summary>The whole book, in memory: what this state writes of it is <see cref="WrittenFigures"/>.</summary>
    public QueueFigureBook Figures
    {
        get => figures;
        set => figures = value;
    }

    [NonSerialized]
    private QueueFigureBook figures = new();

    /// <summary>
    /// The book's intervals the history store does not have yet, the rest being in the queue's
    /// book state (written whole when the history store takes the intervals). States written
    /// before that held the whole book here, and read back into <see cref="Figures"/> the same way.
    /// </summary>
    [Id(0)]
    internal QueueFigureBook WrittenFigures
    {
        get => Figures.UnsavedPart();
        set => Figures = value;
    }
    /// <summary>Whole rows, as states written before <see cref="LiveCalls"/> kept only ids; moved across on activation.</summary>
    [Id(1)] public Dictionary<string, CallRow>? Calls { get; set; }
    /// <summary>Whole rows, as states written before <see cref="AgentStates"/> kept them; moved across on activation.</summary>
    [Id(2)] public Dictionary<string, AgentRow>? Agents { get; set; }
    [Id(3)] public Dictionary<AlertRule, AlertSeverity> Raised { get; set; } = [];
    [Id(5)] public bool Registered { get; set; }
    [Id(6)] public UpdateLedger CallLedger { get; set; } = new();
    [Id(7)] public UpdateLedger AgentLedger { get; set; } = new();
    [Id(8)] public Dictionary<string, AgentState> AgentStates { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Leg updates from agents' past days (late events), keyed by agent and day: their numbering is their own.</summary>
    [Id(9)] public UpdateLedger LateDayLedger { get; set; } = new();

    /// <summary>The calls live in this queue. Their rows are the calls' own, asked for on activation, not written with every batch.</summary>
    [Id(10)] public HashSet<string> LiveCalls { get; set; } = [];
}
