using ContactCenter.Contracts.Floor;
using ContactCenter.Grains.Alerts;

namespace ContactCenter.Grains.Teams;

/// <summary>What a team grain persists: its agents' rows.</summary>
[GenerateSerializer]
public sealed class TeamGrainState
{
    [Id(0)] public Dictionary<string, AgentRow> Agents { get; set; } = [];
    [Id(2)] public bool Registered { get; set; }
}
