using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Connectors.Simulator;

/// <summary>Turns a happening into the flat wire event, with the fields its type needs and a deterministic id.</summary>
public sealed partial class FloorSimulation
{
    private void Emit(
        FloorEventType type,
        DateTimeOffset at,
        SimAgent? agent = null,
        SimCall? call = null,
        int? toQueue = null,
        CallEndReason? endReason = null,
        AgentState? state = null,
        string? reason = null,
        string? callId = null)
    {
        var login = type == FloorEventType.AgentLoggedIn;
        batch.Add(new FloorEvent(
            EventId: $"{idPrefix}-{++eventSequence}",
            Type: type,
            At: at,
            CallId: call?.Id ?? callId,
            AgentId: agent?.Id,
            QueueId: call is null ? null : queueIds[call.Queue],
            Direction: CallDirection.Inbound,
            CallerNumber: call?.CallerNumber,
            Tier: call?.Tier ?? CustomerTier.Regular,
            ToQueueId: toQueue is { } target ? queueIds[target] : null,
            EndReason: endReason,
            State: state,
            Reason: reason,
            Name: login ? agent!.Name : null,
            TeamId: login ? agent!.TeamId : null,
            Queues: login ? [.. agent!.Queues.Select(q => queueIds[q])] : null));
    }
}
