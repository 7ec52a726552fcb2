using ContactCenter.Contracts.Grains;

namespace ContactCenter.Dashboard.Components.Actions;

/// <summary>Hands raised through the agent's grain, as the REST API does: only for an agent the floor knows.</summary>
public sealed class GrainAssistanceActions(IGrainFactory grains) : IAssistanceActions
{
    public async Task<HandResult> RaiseHandAsync(string agentId, string reason)
    {
        var agent = grains.GetGrain<IAgentGrain>(agentId);
        if (await agent.GetSnapshot() is not { } known)
        {
            return new HandResult(false, $"Agent '{agentId}' is not on the floor: log in first.", null);
        }

        // The flag names the call the agent is on now, so the supervisor joins the right one.
        var after = await agent.RaiseHand(reason, known.CurrentCallId, agentId);
        return new HandResult(true, $"Help requested: {reason}.", after);
    }

    public async Task<HandResult> LowerHandAsync(string agentId)
    {
        var agent = grains.GetGrain<IAgentGrain>(agentId);
        return await agent.GetSnapshot() is null
            ? new HandResult(false, $"Agent '{agentId}' is not on the floor.", null)
            : new HandResult(true, "Hand lowered.", await agent.LowerHand(agentId));
    }
}
