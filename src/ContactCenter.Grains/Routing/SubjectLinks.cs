using ContactCenter.Contracts.Events;

namespace ContactCenter.Grains.Routing;

/// <summary>The calls and agents of a batch, joined where an event ties them together (union-find).</summary>
internal sealed class SubjectLinks
{
    private readonly Dictionary<(bool IsCall, string Key), int> ids = [];
    private readonly List<(bool IsCall, string Key)> subjects = [];
    private readonly List<int> parent = [];
    private readonly List<bool> hasAgent = [];
    private readonly List<int> size = [];

    public int Node(bool isCall, string key)
    {
        if (!ids.TryGetValue((isCall, key), out var id))
        {
            id = subjects.Count;
            ids[(isCall, key)] = id;
            subjects.Add((isCall, key));
            parent.Add(id);
            hasAgent.Add(!isCall);
            size.Add(1);
        }

        return id;
    }

    public bool Has(bool isCall, string key) => ids.ContainsKey((isCall, key));

    public int NodeOf(FloorEvent e) =>
        e.Type.IsCallEvent() ? ids[(true, e.CallId!)] : ids[(false, e.AgentId!)];

    public void Join(int a, int b)
    {
        var (ra, rb) = (Root(a), Root(b));
        if (ra == rb)
        {
            return;
        }

        parent[rb] = ra;
        size[ra] += size[rb];
        hasAgent[ra] |= hasAgent[rb];
    }

    public int Root(int node)
    {
        while (parent[node] != node)
        {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }

        return node;
    }

    public bool IsCall(int node) => subjects[node].IsCall;

    public string KeyOf(int node) => subjects[node].Key;

    /// <summary>A call that no event of the batch ties to any agent or other call.</summary>
    public bool IsLoneCall(int node)
    {
        var root = Root(node);
        return !hasAgent[root] && size[root] == 1;
    }
}
