using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Contracts.Floor;

/// <summary>One team: its agents' rows, staffing, and the alerts about its agents; <see cref="Name"/> is the configured display name.</summary>
[GenerateSerializer, Immutable]
public sealed record TeamSnapshot(string TeamId, AgentRow[] Agents, Staffing Staffing, AlertSnapshot[] Alerts, DateTimeOffset AsOf, string? Name = null);
