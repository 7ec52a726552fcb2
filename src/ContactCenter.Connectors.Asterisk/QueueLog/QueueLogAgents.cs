namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>One queue member as the floor should know it (<c>Connectors:QueueLog:Agents:{member}</c>).</summary>
public sealed class QueueLogAgent
{
    /// <summary>The floor's agent id; by default the member's extension or agent number.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Team { get; set; }
}

/// <summary>
/// Who a queue member is on the floor: configured members by their interface, their member name
/// or their extension (<c>PJSIP/201</c>, <c>Alice Smith</c> or <c>201</c>), with a name and a team
/// for the board; any other member by its extension or agent number.
/// </summary>
public sealed class QueueLogAgents(IReadOnlyDictionary<string, QueueLogAgent>? configured = null)
{
    public static readonly QueueLogAgents None = new();

    private readonly Dictionary<string, QueueLogAgent> members = new(configured ?? new Dictionary<string, QueueLogAgent>(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The floor's id, name and team of <paramref name="member"/>; null for no member ("NONE").</summary>
    public (string Id, string? Name, string? Team)? Of(string member)
    {
        var trimmed = member.Trim();
        if (AsteriskAgentId.Of(trimmed) is not { } number)
        {
            return null;
        }

        var known = members.GetValueOrDefault(trimmed) ?? members.GetValueOrDefault(number);
        return (known?.Id ?? number, known?.Name, known?.Team);
    }
}
