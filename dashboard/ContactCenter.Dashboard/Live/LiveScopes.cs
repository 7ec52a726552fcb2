using ContactCenter.Contracts.Floor;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// The subscription scopes of the live floor (see <see cref="LiveConnections"/>): "floor", "queue:{id}",
/// "team:{id}", "agent:{id}", "summary". A team lead's screen takes its team, not the whole
/// building; an agent's screen takes only the agent's own row, calls and alerts; a TV takes the
/// summary: every queue's figures, the callers waiting and the alerts, no agent rows and no
/// connected calls, which are most of the floor's changes.
/// </summary>
public static class LiveScopes
{
    public const string Floor = "floor";

    public const string Summary = "summary";

    public static string Queue(string queueId) => $"queue:{queueId}";

    public static string Team(string teamId) => $"team:{teamId}";

    public static string Agent(string agentId) => $"agent:{agentId}";

    /// <summary>The agent an agent scope names; null for any other scope.</summary>
    public static string? AgentOf(string scope) => scope.StartsWith("agent:", StringComparison.Ordinal) ? scope[6..] : null;

    /// <summary>The scopes that carry every queue's figures.</summary>
    public static bool IsWide(string scope) => scope is Floor or Summary;

    public static bool IsValid(string? scope) =>
        scope is Floor or Summary
        || (scope?.StartsWith("queue:", StringComparison.Ordinal) == true && Api.Ids.IsValid(scope[6..]))
        || (scope?.StartsWith("team:", StringComparison.Ordinal) == true && Api.Ids.IsValid(scope[5..]))
        || (scope?.StartsWith("agent:", StringComparison.Ordinal) == true && Api.Ids.IsValid(scope[6..]));

    /// <summary>
    /// Every scope a change belongs to; <paramref name="before"/> is the agent's previous row, whose
    /// queues also hear it left, and <paramref name="callBefore"/> the call's, whose agent hears it left.
    /// </summary>
    public static IEnumerable<string> Of(LiveChange change, AgentRow? before, CallRow? callBefore = null)
    {
        yield return Floor;
        switch (change.Kind)
        {
            case LiveChangeKind.Call:
                yield return Queue(change.ScopeId);
                if (IsWaiting(change.Call) || IsWaiting(callBefore))
                {
                    yield return Summary;
                }

                if (change.Call?.AgentId is { } agent)
                {
                    yield return Agent(agent);
                }

                if (callBefore?.AgentId is { } previous && previous != change.Call?.AgentId)
                {
                    yield return Agent(previous);
                }

                break;
            case LiveChangeKind.Headline:
                yield return Queue(change.ScopeId);
                yield return Summary;
                break;
            case LiveChangeKind.Agent:
                yield return Team(change.ScopeId);
                yield return Agent(change.ItemId);
                foreach (var queue in (change.Agent?.Queues ?? []).Union(before?.Queues ?? []))
                {
                    yield return Queue(queue);
                }

                break;
            case LiveChangeKind.Alert when change.Alert is { } alert:
                yield return Summary;
                if (alert.QueueId is { } q)
                {
                    yield return Queue(q);
                }

                if (alert.TeamId is { } t)
                {
                    yield return Team(t);
                }

                if (alert.AgentId is { } a)
                {
                    yield return Agent(a);
                }

                break;
        }
    }

    /// <summary>
    /// A change as the summary hears it: a call no longer waiting (answered, gone) is a removal
    /// there, since the summary holds waiting callers only.
    /// </summary>
    public static LiveChange ForSummary(LiveChange change) =>
        change.Kind == LiveChangeKind.Call && change.Call is { } row && !IsWaiting(row) ? change with { Call = null } : change;

    private static bool IsWaiting(CallRow? call) => call is not null && Components.Floor.QueueTileFigures.IsWaiting(call);

    /// <summary>The part of the floor a scope sees.</summary>
    public static LiveView Filter(LiveView view, string scope)
    {
        if (scope == Floor)
        {
            return view;
        }

        if (scope == Summary)
        {
            return view with { Calls = [.. view.Calls.Where(IsWaiting)], Agents = [] };
        }

        if (scope.StartsWith("queue:", StringComparison.Ordinal))
        {
            var queue = scope[6..];
            return view with
            {
                Queues = [.. view.Queues.Where(q => q.QueueId == queue)],
                Calls = [.. view.Calls.Where(c => c.QueueId == queue)],
                Agents = [.. view.Agents.Where(a => a.Queues.Contains(queue))],
                Alerts = [.. view.Alerts.Where(a => a.QueueId == queue)],
            };
        }

        if (AgentOf(scope) is { } agent)
        {
            return view with
            {
                Queues = [],
                Calls = [.. view.Calls.Where(c => c.AgentId == agent)],
                Agents = [.. view.Agents.Where(a => a.AgentId == agent)],
                Alerts = [.. view.Alerts.Where(a => a.AgentId == agent)],
            };
        }

        var team = scope[5..];
        var agents = view.Agents.Where(a => a.TeamId == team).ToArray();
        var agentIds = agents.Select(a => a.AgentId).ToHashSet();
        return view with
        {
            Queues = [],
            Calls = [.. view.Calls.Where(c => c.AgentId is { } id && agentIds.Contains(id))],
            Agents = agents,
            Alerts = [.. view.Alerts.Where(a => a.TeamId == team)],
        };
    }
}
