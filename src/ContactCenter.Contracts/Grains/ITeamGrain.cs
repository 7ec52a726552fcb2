using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Grains;

/// <summary>One team: its agents' rows. A partition of the floor view; its alerts are in its inbox.</summary>
public interface ITeamGrain : IGrainWithStringKey
{
    /// <summary>Agents' rows changed (a null row: the agent left the team); written before answering.</summary>
    ValueTask Apply(AgentRowUpdate[] agents);

    /// <summary>The team as its grain knows it; <c>Alerts</c> is empty here (see <see cref="AlertInbox.OfTeam"/>).</summary>
    ValueTask<TeamSnapshot> GetSnapshot();
}
