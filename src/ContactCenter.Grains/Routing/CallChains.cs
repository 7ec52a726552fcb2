using ContactCenter.Contracts.Events;

namespace ContactCenter.Grains.Routing;

/// <summary>
/// Groups a batch's calls into chains that share an agent (offered to, answered by, transferred
/// to or handled by the same agent), each chain ordered by its calls' first event: two calls of
/// one agent in a batch must reach the agent in time order, or the earlier one no longer fits.
/// </summary>
public static class CallChains
{
    public static List<List<string>> Of(Dictionary<string, List<int>> calls, IReadOnlyList<FloorEvent> events)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var agentOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string call)
        {
            while (parent[call] != call)
            {
                parent[call] = parent[parent[call]];
                call = parent[call];
            }

            return call;
        }

        foreach (var (call, indices) in calls)
        {
            parent[call] = call;
            foreach (var i in indices)
            {
                foreach (var agent in new[] { events[i].AgentId, events[i].ToAgentId })
                {
                    if (agent is null)
                    {
                        continue;
                    }

                    if (agentOwner.TryGetValue(agent, out var other))
                    {
                        parent[Find(call)] = Find(other);
                    }
                    else
                    {
                        agentOwner[agent] = call;
                    }
                }
            }
        }

        return calls.Keys
            .GroupBy(Find)
            .Select(chain => chain.OrderBy(call => calls[call].Min(i => events[i].At)).ToList())
            .ToList();
    }
}
