using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Ingestion;

/// <summary>The enum-valued fields of the wire format and the values each accepts.</summary>
internal static class WireEnums
{
    public static readonly WireChoices<FloorEventType> Types = new(
        ("CallQueued", FloorEventType.CallQueued),
        ("CallDialed", FloorEventType.CallDialed),
        ("CallOffered", FloorEventType.CallOffered),
        ("CallAnswered", FloorEventType.CallAnswered),
        ("CallHeld", FloorEventType.CallHeld),
        ("CallResumed", FloorEventType.CallResumed),
        ("CallTransferred", FloorEventType.CallTransferred),
        ("CallEnded", FloorEventType.CallEnded),
        ("CallAbandoned", FloorEventType.CallAbandoned),
        ("AgentLoggedIn", FloorEventType.AgentLoggedIn),
        ("AgentStateChanged", FloorEventType.AgentStateChanged),
        ("AgentLoggedOut", FloorEventType.AgentLoggedOut),
        ("AssistanceRequested", FloorEventType.AssistanceRequested),
        ("AssistanceCleared", FloorEventType.AssistanceCleared));

    // CallQueued is the only event with a direction, and a queued call is inbound; the field exists for sources that always send it.
    public static readonly WireChoices<CallDirection> QueuedDirections = new(("inbound", CallDirection.Inbound))
    {
        Hint = ": an outbound call starts with CallDialed",
    };

    public static readonly WireChoices<CustomerTier> Tiers = new(
        ("regular", CustomerTier.Regular),
        ("high-value", CustomerTier.HighValue),
        ("vip", CustomerTier.Vip));

    public static readonly WireChoices<CallEndReason> EndReasons = new(
        ("completed", CallEndReason.Completed),
        ("caller-hangup", CallEndReason.CallerHangup),
        ("agent-hangup", CallEndReason.AgentHangup),
        ("no-answer", CallEndReason.NoAnswer),
        ("overflowed", CallEndReason.Overflowed),
        ("blocked", CallEndReason.Blocked));

    // A log-in replaces the agent's queues or adds to them; a log-out leaves all of them or those it names.
    public static readonly WireChoices<QueueMembership> LogInMemberships = new(("replace", QueueMembership.Replace), ("add", QueueMembership.Add))
    {
        Hint = ": a log-in adds queues, a log-out removes them",
    };

    public static readonly WireChoices<QueueMembership> LogOutMemberships = new(("remove", QueueMembership.Remove))
    {
        Hint = ": a log-out removes queues, a log-in adds them",
    };

    // Only the states an agent chooses: ringing, talking and on-hold follow from call events, logged-out from AgentLoggedOut.
    public static readonly WireChoices<AgentState> ChosenStates = new(
        ("available", AgentState.Available),
        ("wrap-up", AgentState.WrapUp),
        ("not-ready", AgentState.NotReady));
}
