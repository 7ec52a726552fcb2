using System.Text.Json;
using ContactCenter.Contracts.Live;
using ContactCenter.Dashboard.Live;

namespace ContactCenter.Testing;

/// <summary>
/// The calls and agents a hub client holds, each row as JSON keyed by its scope and id, so two
/// clients (or a client and a fresh snapshot) compare row for row.
/// </summary>
public sealed record FloorCopy(SortedDictionary<string, string> Calls, SortedDictionary<string, string> Agents)
{
    public static FloorCopy Of(LiveView view, IEnumerable<LiveChange> changes)
    {
        var calls = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var agents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var call in view.Calls)
        {
            calls[$"{call.QueueId}/{call.CallId}"] = JsonSerializer.Serialize(call);
        }

        foreach (var agent in view.Agents)
        {
            agents[$"{agent.TeamId}/{agent.AgentId}"] = JsonSerializer.Serialize(agent);
        }

        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case LiveChangeKind.Call: Set(calls, $"{change.ScopeId}/{change.ItemId}", change.Call); break;
                case LiveChangeKind.Agent: Set(agents, $"{change.ScopeId}/{change.ItemId}", change.Agent); break;
            }
        }

        return new FloorCopy(calls, agents);
    }

    /// <summary>What differs, one line per row, or empty.</summary>
    public string DifferencesFrom(FloorCopy other) => string.Join('\n', Differences("call", Calls, other.Calls).Concat(Differences("agent", Agents, other.Agents)));

    private static IEnumerable<string> Differences(string what, SortedDictionary<string, string> mine, SortedDictionary<string, string> theirs) =>
        mine.Keys.Union(theirs.Keys)
            .Where(key => mine.GetValueOrDefault(key) != theirs.GetValueOrDefault(key))
            .Select(key => $"{what} {key}: {mine.GetValueOrDefault(key) ?? "(none)"} / {theirs.GetValueOrDefault(key) ?? "(none)"}");

    private static void Set<T>(SortedDictionary<string, string> rows, string key, T? row)
        where T : class
    {
        if (row is null)
        {
            rows.Remove(key);
        }
        else
        {
            rows[key] = JsonSerializer.Serialize(row);
        }
    }
}
