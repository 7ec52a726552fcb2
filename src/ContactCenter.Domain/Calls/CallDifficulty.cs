using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Rules;

namespace ContactCenter.Domain.Calls;

/// <summary>
/// Whether a call was difficult for its agent (DOMAIN.md, AgentStrain: escalated, flagged, a long
/// hold or a long call), judged from what the call did, not from which alerts happened to fire
/// while it ran: a hold reported after the fact counts as much as one watched live.
/// </summary>
public static class CallDifficulty
{
    public static bool Of(CallFacts call, QueueSettings settings, QueueFigures queue, bool flagged)
    {
        if (flagged)
        {
            return true;
        }

        if (call.LongestHoldSeconds >= settings.Rules.LongHold.Warning)
        {
            return true;
        }

        var (longCall, _, _) = LongCallRule.Levels(settings, queue);
        return call.TalkSeconds + call.HoldSeconds >= longCall;
    }
}
