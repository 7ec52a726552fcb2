using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Grains;

/// <summary>One team: its agents' rows and the alerts about them. A partition of the floor view.</summary>
public interface ITeamGrain : IGrainWithStringKey
{
    /// <summary>An agent's row changed (null row: the agent left the team).</summary>
    ValueTask UpdateAgent(string agentId, AgentRow? row);

    /// <summary>An alert about one of the team's agents changed.</summary>
    [AlwaysInterleave]
    ValueTask UpsertAlert(AlertSnapshot alert);

    ValueTask<TeamSnapshot> GetSnapshot();

    ValueTask<AlertSnapshot[]> GetAlerts(bool includeClosed);
}
