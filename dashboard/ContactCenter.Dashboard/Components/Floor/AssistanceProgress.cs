using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Dashboard.Live;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// Where an agent's call for help stands, as the agent's page tells it: the hand (from the agent's
/// row) and the assistance alert behind it (who took it, who is joining).
/// </summary>
public sealed record AssistanceProgress(AssistanceFlag? Hand, AlertSnapshot? Alert)
{
    public bool IsTaken => Alert?.TakenBy is not null;

    public static AssistanceProgress For(string agentId, LiveView view)
    {
        var hand = view.Agents.FirstOrDefault(a => a.AgentId == agentId)?.Assistance;
        var alert = view.Alerts
            .Where(a => a.Rule == AlertRule.AssistanceRequested && a.AgentId == agentId && a.IsActive)
            .OrderByDescending(a => a.RaisedAt)
            .FirstOrDefault();
        return new AssistanceProgress(hand, alert);
    }
}
