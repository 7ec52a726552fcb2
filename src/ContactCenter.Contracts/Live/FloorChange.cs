using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Live;

/// <summary>
/// One change on the floor as the aggregates push it to front ends: a call row, an agent row, an
/// alert, or a queue's figures. Null row: the call or agent left that scope. Keyed by
/// <see cref="Key"/>, so a burst of changes to one thing coalesces to the last.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FloorChange(
    FloorChangeKind Kind,
    string ScopeId,
    string ItemId,
    CallRow? Call = null,
    AgentRow? Agent = null,
    AlertSnapshot? Alert = null,
    QueueHeadline? Headline = null)
{
    public string Key => $"{Kind}/{ScopeId}/{ItemId}";

    public static FloorChange ForCall(string queueId, string callId, CallRow? row) => new(FloorChangeKind.Call, queueId, callId, Call: row);

    public static FloorChange ForAgent(string teamId, string agentId, AgentRow? row) => new(FloorChangeKind.Agent, teamId, agentId, Agent: row);

    public static FloorChange ForAlert(AlertSnapshot alert) => new(FloorChangeKind.Alert, alert.QueueId ?? alert.TeamId ?? string.Empty, alert.AlertId, Alert: alert);

    public static FloorChange ForHeadline(string queueId, QueueHeadline headline) => new(FloorChangeKind.Headline, queueId, queueId, Headline: headline);
}
