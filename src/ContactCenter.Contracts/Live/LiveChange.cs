using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Live;

/// <summary>
/// One change on the floor as the aggregates push it to front ends: a call row, an agent row, an
/// alert, or a queue's figures. Null row: the call or agent left that scope. Keyed by
/// <see cref="Key"/>, so a burst of changes to one thing coalesces to the last.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LiveChange(
    LiveChangeKind Kind,
    string ScopeId,
    string ItemId,
    CallRow? Call = null,
    AgentRow? Agent = null,
    AlertSnapshot? Alert = null,
    QueueHeadline? Headline = null)
{
    /// <summary>
    /// With <see cref="LiveChangeKind.Figures"/>: the queue's headline fields that changed, shaped
    /// as the headline's JSON (a merge patch). A front end builds it for its hub clients from the
    /// headlines it received; it never crosses the cluster, so it has no serialisation id.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public System.Text.Json.JsonElement? Figures { get => figures; init => figures = value; }

    [NonSerialized]
    private readonly System.Text.Json.JsonElement? figures;

    public string Key => $"{Kind}/{ScopeId}/{ItemId}";

    public static LiveChange ForCall(string queueId, string callId, CallRow? row) => new(LiveChangeKind.Call, queueId, callId, Call: row);

    public static LiveChange ForAgent(string teamId, string agentId, AgentRow? row) => new(LiveChangeKind.Agent, teamId, agentId, Agent: row);

    public static LiveChange ForAlert(AlertSnapshot alert) => new(LiveChangeKind.Alert, alert.QueueId ?? alert.TeamId ?? string.Empty, alert.AlertId, Alert: alert);

    public static LiveChange ForHeadline(string queueId, QueueHeadline headline) => new(LiveChangeKind.Headline, queueId, queueId, Headline: headline);
}
