using ContactCenter.Contracts.Floor;

namespace ContactCenter.Grains.Teams;

/// <summary>
/// What a team grain persists: who is in it. The rows are the agents' own (each agent's state holds
/// the row it published), so a team asks its members for them on activation instead of writing
/// about a hundred rows on every change of one.
/// </summary>
[GenerateSerializer]
public sealed class TeamGrainState
{
    /// <summary>Whole rows, as states written before <see cref="Members"/> kept only ids; moved across on activation.</summary>
    [Id(0)] public Dictionary<string, AgentRow>? Agents { get; set; }
    [Id(2)] public bool Registered { get; set; }
    [Id(3)] public HashSet<string> Members { get; set; } = [];
}
