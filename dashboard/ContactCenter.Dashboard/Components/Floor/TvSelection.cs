using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;
using ContactCenter.Dashboard.Live;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// What a TV was asked to show ("?queues=q1,q2&amp;teams=t1"): the queues named, the teams named,
/// and what concerns them. A call belongs if its queue is named or its agent is in a named team; an
/// agent if they serve a named queue or are in a named team; an alert if its queue or team is named,
/// or its agent or call belongs. Nothing named is the whole floor.
/// </summary>
public sealed record TvSelection(IReadOnlySet<string> Queues, IReadOnlySet<string> Teams)
{
    public static readonly TvSelection WholeFloor = new(new HashSet<string>(), new HashSet<string>());

    public bool IsWholeFloor => Queues.Count == 0 && Teams.Count == 0;

    public static TvSelection Parse(string? queues, string? teams) => new(Ids(queues), Ids(teams));

    public LiveView Cut(LiveView view)
    {
        if (IsWholeFloor)
        {
            return view;
        }

        var agents = view.Agents.Where(Concerns).ToArray();
        var agentIds = agents.Select(a => a.AgentId).ToHashSet(StringComparer.Ordinal);
        // One lookup per call, not a scan of the agents: a TV of a big team re-cuts the floor on every push.
        var inTeams = agents.Where(a => a.TeamId is { } team && Teams.Contains(team)).Select(a => a.AgentId).ToHashSet(StringComparer.Ordinal);
        CallRow[] calls = [.. view.Calls.Where(c => Queues.Contains(c.QueueId) || (c.AgentId is { } id && inTeams.Contains(id)))];
        var callIds = calls.Select(c => c.CallId).ToHashSet(StringComparer.Ordinal);
        return view with
        {
            Queues = [.. view.Queues.Where(q => Queues.Contains(q.QueueId))],
            Calls = calls,
            Agents = agents,
            Alerts = [.. view.Alerts.Where(a => Concerns(a, agentIds) || (a.CallId is { } call && callIds.Contains(call)))],
        };
    }

    private bool Concerns(AgentRow agent) => (agent.TeamId is { } team && Teams.Contains(team)) || agent.Queues.Any(Queues.Contains);

    private bool Concerns(AlertSnapshot alert, HashSet<string> agentIds) =>
        (alert.QueueId is { } q && Queues.Contains(q))
        || (alert.TeamId is { } t && Teams.Contains(t))
        || (alert.AgentId is { } a && agentIds.Contains(a));

    private static HashSet<string> Ids(string? list) =>
        list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) ?? [];
}
