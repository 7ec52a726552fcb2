using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// The floor's rows as this front end knows them: each queue's headline, the live calls, the
/// agents and the active alerts. Not thread-safe: <see cref="FloorMirror"/> holds it under its lock.
/// </summary>
internal sealed class LiveFloorStore
{
    private readonly Dictionary<string, QueueHeadline> queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CallRow> calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentRow> agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlertSnapshot> alerts = new(StringComparer.Ordinal);

    public int CallCount => calls.Count;

    public int LoggedInAgentCount => agents.Values.Count(a => a.State != AgentState.LoggedOut);

    public void Load(FloorSnapshot floor)
    {
        queues.Clear();
        calls.Clear();
        agents.Clear();
        alerts.Clear();
        foreach (var q in floor.Queues)
        {
            queues[q.QueueId] = new QueueHeadline(q.QueueId, q.Today, q.CurrentInterval, q.Staffing, q.ServiceLevelSeconds, q.ServiceLevelTarget);
            foreach (var call in q.Waiting.Concat(q.Connected))
            {
                calls[call.CallId] = call;
            }
        }

        foreach (var agent in floor.Teams.SelectMany(t => t.Agents))
        {
            agents[agent.AgentId] = agent;
        }

        foreach (var alert in floor.OpenAlerts)
        {
            alerts[alert.AlertId] = alert;
        }
    }

    /// <summary>Applies one change; false if it was older than what the store has. <paramref name="agentBefore"/>: the agent's row it replaced.</summary>
    public bool Apply(LiveChange change, out AgentRow? agentBefore, out CallRow? callBefore)
    {
        agentBefore = null;
        callBefore = null;
        switch (change.Kind)
        {
            case LiveChangeKind.Call:
                calls.TryGetValue(change.ItemId, out callBefore);
                // A call moving queues is removed by the old queue and added by the new, in either order.
                if (change.Call is { } row)
                {
                    calls[change.ItemId] = row;
                }
                else if (callBefore is { } known && known.QueueId == change.ScopeId)
                {
                    calls.Remove(change.ItemId);
                }

                break;
            case LiveChangeKind.Agent:
                agents.TryGetValue(change.ItemId, out agentBefore);
                if (change.Agent is { } agent)
                {
                    agents[change.ItemId] = agent;
                }
                else if (agentBefore?.TeamId == change.ScopeId)
                {
                    agents.Remove(change.ItemId);
                }

                break;
            case LiveChangeKind.Alert when change.Alert is { } alert:
                // The queue's and the team's inbox both push an alert: the newest copy wins.
                if (alerts.TryGetValue(alert.AlertId, out var seen) && seen.UpdatedAt > alert.UpdatedAt)
                {
                    return false;
                }

                if (alert.IsActive)
                {
                    alerts[alert.AlertId] = alert;
                }
                else
                {
                    alerts.Remove(alert.AlertId);
                }

                break;
            case LiveChangeKind.Headline when change.Headline is { } headline:
                queues[headline.QueueId] = headline;
                break;
        }

        return true;
    }

    /// <summary>The whole floor in screen order; sorting tens of thousands of rows, so built only when someone reads it.</summary>
    public LiveView View(long sequence, DateTimeOffset asOf) => new(
        sequence,
        asOf,
        [.. queues.Values.OrderBy(q => q.QueueId, StringComparer.Ordinal)],
        [.. calls.Values.OrderBy(c => c.WaitingSince)],
        [.. agents.Values.OrderBy(a => a.AgentId, StringComparer.Ordinal)],
        [.. alerts.Values.OrderByDescending(a => a.Severity).ThenByDescending(a => a.RaisedAt)]);

    /// <summary>
    /// One agent's part of the floor, read straight from the rows: thousands of agent screens
    /// subscribing at once (after a front end restarts) must not each sort the whole floor.
    /// </summary>
    public LiveView AgentView(string agentId, long sequence, DateTimeOffset asOf) => new(
        sequence,
        asOf,
        [],
        [.. calls.Values.Where(c => c.AgentId == agentId).OrderBy(c => c.WaitingSince)],
        agents.TryGetValue(agentId, out var row) ? [row] : [],
        [.. alerts.Values.Where(a => a.AgentId == agentId).OrderByDescending(a => a.Severity).ThenByDescending(a => a.RaisedAt)]);
}
