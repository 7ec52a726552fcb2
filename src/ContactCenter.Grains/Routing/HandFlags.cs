using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Grains;

namespace ContactCenter.Grains.Routing;

/// <summary>
/// A hand raised on a call shows on that call (a flag, and a difficult call for AgentStrain). The
/// agent grain calls no call back, so whoever delivers the hand tells the call: here, the sink.
/// </summary>
internal static class HandFlags
{
    public static async Task FlagCallsAsync(IGrainFactory grains, IReadOnlyList<FloorEvent> events, EventVerdict[] verdicts)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Type != FloorEventType.AssistanceRequested || verdicts[i].Kind != EventVerdictKind.Accepted)
            {
                continue;
            }

            // A hand that names no call falls on the agent's current call, which only the agent knows.
            var callId = e.CallId;
            if (callId is null && await grains.GetGrain<IAgentGrain>(e.AgentId!).GetSnapshot() is { Assistance: { CallId: { } current } hand } && hand.RaisedAt == e.At)
            {
                callId = current;
            }

            if (callId is not null)
            {
                await grains.GetGrain<ICallGrain>(callId).MarkAssistance(e.AgentId!, e.Reason ?? "other", e.At);
            }
        }
    }
}
