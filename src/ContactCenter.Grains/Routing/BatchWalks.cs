using ContactCenter.Contracts.Events;

namespace ContactCenter.Grains.Routing;

/// <summary>
/// The order a batch reaches its subjects in. Calls and agents that the batch ties together (an
/// event of the call names the agent, or an agent's event names the call) form one walk, applied
/// in time order: an agent's day replayed in one batch reaches the agent as it happened, so no
/// event of it falls behind history the agent has already folded away. A call is tied as well to
/// the agent it was with before the batch (it hands that agent its events), so no two walks reach
/// one agent and walks run side by side. Calls that name no agent in the batch go first, all in
/// parallel: their agent (from an earlier batch) must see such a call end before its own wrap-up
/// of the same moment.
/// </summary>
public sealed class BatchWalks
{
    private BatchWalks(List<SubjectRun> unlinkedCalls, List<List<SubjectRun>> walks)
    {
        UnlinkedCalls = unlinkedCalls;
        Walks = walks;
    }

    public IReadOnlyList<SubjectRun> UnlinkedCalls { get; }

    public IReadOnlyList<List<SubjectRun>> Walks { get; }

    private static readonly Dictionary<string, string> NoAgents = new(StringComparer.Ordinal);

    /// <summary>
    /// Plans the batch, asking <paramref name="agentsOf"/> who each call the batch ties to an agent
    /// was with before it (the sink asks the calls); the batch is linked once.
    /// </summary>
    public static async Task<BatchWalks> OfAsync(IReadOnlyList<FloorEvent> events, Func<List<string>, Task<IReadOnlyDictionary<string, string>>> agentsOf)
    {
        var links = Link(events);
        var linked = LinkedCalls(events, links);
        return Plan(events, links, linked.Count == 0 ? NoAgents : await agentsOf(linked));
    }

    /// <param name="agentsOfCalls">The agent each linked call was with before the batch, where it was with one.</param>
    public static BatchWalks Of(IReadOnlyList<FloorEvent> events, IReadOnlyDictionary<string, string>? agentsOfCalls = null) =>
        Plan(events, Link(events), agentsOfCalls ?? NoAgents);

    /// <summary>The calls tied to an agent by the batch itself: those whose agent before the batch matters.</summary>
    public static List<string> LinkedCalls(IReadOnlyList<FloorEvent> events) => LinkedCalls(events, Link(events));

    private static List<string> LinkedCalls(IReadOnlyList<FloorEvent> events, SubjectLinks links)
    {
        var calls = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.CallId is { } call && links.Has(true, call) && !links.IsLoneCall(links.Node(true, call)) && seen.Add(call))
            {
                calls.Add(call);
            }
        }

        return calls;
    }

    private static BatchWalks Plan(IReadOnlyList<FloorEvent> events, SubjectLinks links, IReadOnlyDictionary<string, string> agentsOfCalls)
    {
        foreach (var (call, agent) in agentsOfCalls)
        {
            if (links.Has(true, call) && !links.IsLoneCall(links.Node(true, call)))
            {
                links.Join(links.Node(true, call), links.Node(false, agent));
            }
        }

        var unlinked = new List<SubjectRun>();
        var walks = new List<List<SubjectRun>>();
        foreach (var group in Group(events, links))
        {
            var node = links.NodeOf(events[group[0]]);
            if (links.IsLoneCall(node))
            {
                unlinked.Add(new SubjectRun(true, links.KeyOf(node), [.. group]));
                continue;
            }

            walks.Add(Runs(events, Order(events, group), links));
        }

        return new BatchWalks(unlinked, walks);
    }

    private static SubjectLinks Link(IReadOnlyList<FloorEvent> events)
    {
        var links = new SubjectLinks();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Type.IsCallEvent())
            {
                var call = links.Node(true, e.CallId!);
                links.Join(call, e.AgentId is { } agent ? links.Node(false, agent) : call);
                links.Join(call, e.ToAgentId is { } target ? links.Node(false, target) : call);
            }
            else
            {
                var agent = links.Node(false, e.AgentId!);
                links.Join(agent, e.CallId is { } call ? links.Node(true, call) : agent);
            }
        }

        return links;
    }

    /// <summary>Each component's events, in batch order.</summary>
    private static IEnumerable<List<int>> Group(IReadOnlyList<FloorEvent> events, SubjectLinks links)
    {
        var groups = new Dictionary<int, List<int>>();
        var order = new List<List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            var root = links.Root(links.NodeOf(events[i]));
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
                order.Add(members);
            }

            members.Add(i);
        }

        return order;
    }

    /// <summary>
    /// Time order; at one instant a call leaving its agent first, then agents' own events, then
    /// calls starting (as an agent's timeline ranks them). A call's events of one instant share a
    /// rank, so they stay in the order sent.
    /// </summary>
    private static List<int> Order(IReadOnlyList<FloorEvent> events, List<int> members)
    {
        var rank = new Dictionary<int, int>(members.Count);
        var callRankAt = new Dictionary<(string, DateTimeOffset), int>();
        foreach (var i in members)
        {
            var e = events[i];
            if (!e.Type.IsCallEvent())
            {
                rank[i] = 1;
                continue;
            }

            var own = e.Type is FloorEventType.CallEnded or FloorEventType.CallAbandoned or FloorEventType.CallTransferred ? 0 : 2;
            var key = (e.CallId!, e.At);
            callRankAt[key] = callRankAt.TryGetValue(key, out var known) ? Math.Min(known, own) : own;
        }

        foreach (var i in members)
        {
            if (!rank.ContainsKey(i))
            {
                rank[i] = callRankAt[(events[i].CallId!, events[i].At)];
            }
        }

        var ordered = new List<int>(members);
        ordered.Sort((a, b) =>
            events[a].At != events[b].At ? events[a].At.CompareTo(events[b].At)
            : rank[a] != rank[b] ? rank[a].CompareTo(rank[b])
            : a.CompareTo(b));
        return ordered;
    }

    private static List<SubjectRun> Runs(IReadOnlyList<FloorEvent> events, List<int> ordered, SubjectLinks links)
    {
        var runs = new List<SubjectRun>();
        var current = new List<int>();
        var node = -1;
        foreach (var i in ordered)
        {
            var subject = links.NodeOf(events[i]);
            if (subject != node && current.Count > 0)
            {
                runs.Add(new SubjectRun(links.IsCall(node), links.KeyOf(node), [.. current]));
                current.Clear();
            }

            node = subject;
            current.Add(i);
        }

        if (current.Count > 0)
        {
            runs.Add(new SubjectRun(links.IsCall(node), links.KeyOf(node), [.. current]));
        }

        return runs;
    }
}
