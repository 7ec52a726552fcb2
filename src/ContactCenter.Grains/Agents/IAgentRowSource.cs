using ContactCenter.Contracts.Floor;
using Orleans.Concurrency;

namespace ContactCenter.Grains.Agents;

/// <summary>
/// An agent's row as it last published it, for a team rebuilding its rows on activation: the
/// agent owns the row, the team only mirrors it.
/// </summary>
public interface IAgentRowSource : IGrainWithStringKey
{
    /// <summary>
    /// Interleaves: the agent may be waiting on the very team that asks (its update is in that
    /// team's lane), and the row it answers is the one in flight, which the team applies next anyway.
    /// </summary>
    [AlwaysInterleave, ReadOnly]
    ValueTask<AgentRow?> PublishedRow();
}
