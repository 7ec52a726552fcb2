using ContactCenter.Contracts.Grains;
using ContactCenter.Dashboard.Components.Actions;

namespace ContactCenter.Dashboard.Commands;

/// <summary>
/// The one path of an agent's raised or lowered hand, for the REST API and the agent's page
/// alike: only for an agent the floor knows, only on the agent's own call, and the call is
/// flagged by this path too (the agent grain calls no call grain back).
/// </summary>
public sealed class AssistanceCommandHandler(IGrainFactory grains) : IAssistanceActions
{
    public Task<HandResult> RaiseHandAsync(string agentId, string reason) => RaiseHandAsync(agentId, reason, callId: null);

    /// <summary>Raises the hand on <paramref name="callId"/>, or on the agent's current call if none is named.</summary>
    public async Task<HandResult> RaiseHandAsync(string agentId, string reason, string? callId)
    {
        var agent = grains.GetGrain<IAgentGrain>(agentId);
        if (await agent.GetSnapshot() is not { } known)
        {
            return new HandResult(false, $"Agent '{agentId}' is not on the floor: log in first.", null, HandOutcome.UnknownAgent);
        }

        if (callId is not null && callId != known.CurrentCallId)
        {
            return new HandResult(false, $"Agent '{agentId}' is not on call '{callId}'.", known, HandOutcome.NotOnCall);
        }

        // The flag names the call the agent is on now, so the supervisor joins the right one.
        var after = await agent.RaiseHand(reason, callId ?? known.CurrentCallId, agentId);
        if (after.Assistance is { CallId: { } call } hand)
        {
            await grains.GetGrain<ICallGrain>(call).MarkAssistance(agentId, hand.Reason, hand.RaisedAt);
        }

        return new HandResult(true, $"Help requested: {reason}.", after);
    }

    public async Task<HandResult> LowerHandAsync(string agentId)
    {
        var agent = grains.GetGrain<IAgentGrain>(agentId);
        return await agent.GetSnapshot() is null
            ? new HandResult(false, $"Agent '{agentId}' is not on the floor.", null, HandOutcome.UnknownAgent)
            : new HandResult(true, "Hand lowered.", await agent.LowerHand(agentId));
    }
}
