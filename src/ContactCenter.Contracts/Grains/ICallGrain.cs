using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Contracts.Grains;

/// <summary>One call, keyed by its call id: its timeline, its figures and the call rules.</summary>
public interface ICallGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies this call's events (any order); one verdict per event, in the order given.
    /// A repeat of an applied event id is a duplicate and changes nothing.
    /// </summary>
    ValueTask<EventVerdict[]> Apply(FloorEvent[] events);

    /// <summary>The last agent the call was with (offered to, talking or on hold with, or at its end), or null: the agent it hands its next events to.</summary>
    [ReadOnly]
    ValueTask<string?> AgentNow();

    /// <summary>The call as the API shows it, or null if no event ever named it.</summary>
    ValueTask<CallSnapshot?> GetSnapshot();

    /// <summary>The caller number kept whole: only for roles configuration allows, and every reveal is audited by the caller.</summary>
    ValueTask<string?> GetWholeCallerNumber();

    /// <summary>Marks the call as one its agent asked for help on (a flag on the call, and a difficult call); told by whoever delivered the hand.</summary>
    Task MarkAssistance(string agentId, string reason, DateTimeOffset at);
}
