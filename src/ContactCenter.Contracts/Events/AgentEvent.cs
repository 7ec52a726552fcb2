using System.Buffers;
using ContactCenter.Contracts.Floor;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.GeneratedCodeHelpers;
using Orleans.Serialization.WireProtocol;

namespace ContactCenter.Contracts.Events;

/// <summary>
/// An entry of an agent's timeline: one of the agent's own events, or a call event the call
/// grain handed on (with the agent filled in, the call's queue, and whether the call was difficult).
/// <see cref="LeavesAgent"/> says the call moved away from this agent (re-offered, transferred).
/// It keeps only what an agent folds, in a value of its own rather than the whole event: an agent
/// holds sixteen of them, and the caller's number, the call's direction and tier are not the agent's.
/// Stored and sent as <see cref="StoredAgentEvent"/>, the form earlier releases wrote.
/// </summary>
[Immutable]
public readonly record struct AgentEvent(
    string EventId,
    FloorEventType Type,
    DateTimeOffset At,
    string? CallId,
    string? AgentId,
    string? ToAgentId,
    AgentState? State,
    string? Reason,
    AgentSignOn? SignOn,
    string? QueueId,
    bool Difficult,
    bool LeavesAgent) : IOrderedEvent
{
    public AgentEvent(FloorEvent Event, string? QueueId = null, bool Difficult = false, bool LeavesAgent = false)
        : this(Event.EventId, Event.Type, Event.At, Event.CallId, Event.AgentId, Event.ToAgentId, Event.State, Event.Reason, AgentSignOn.Of(Event), QueueId, Difficult, LeavesAgent)
    {
    }

    /// <summary>
    /// This entry with its ids as the agent already holds them (<see cref="HeldText"/>): its own
    /// id, its queues, and the calls, queues and reasons of its latest entries.
    /// </summary>
    public AgentEvent SharingIds(string agentId, IReadOnlyList<AgentEvent> kept, string[] queues)
    {
        var (callId, queueId, reason, toAgentId) = (CallId, QueueId, Reason, HeldText.Same(ToAgentId, agentId));
        foreach (var queue in queues)
        {
            queueId = HeldText.Same(queueId, queue);
        }

        // The latest entries are where a call's or a reason's earlier events are; a past day's long timeline is not searched whole.
        for (var i = kept.Count - 1; i >= 0 && i >= kept.Count - SharedWindow; i--)
        {
            callId = HeldText.Same(callId, kept[i].CallId);
            queueId = HeldText.Same(queueId, kept[i].QueueId);
            reason = HeldText.Same(reason, kept[i].Reason);
            toAgentId = HeldText.Same(toAgentId, kept[i].ToAgentId);
        }

        return this with { CallId = callId, AgentId = HeldText.Same(AgentId, agentId), ToAgentId = toAgentId, QueueId = queueId, Reason = reason };
    }

    private const int SharedWindow = 16;

    /// <summary>The event with what the agent kept of it; every other field is empty.</summary>
    public FloorEvent ToFloorEvent() => new(
        EventId, Type, At, CallId, AgentId, ToAgentId: ToAgentId, State: State, Reason: Reason,
        Name: SignOn?.Name, TeamId: SignOn?.TeamId, Queues: SignOn?.Queues, Membership: SignOn?.Membership ?? QueueMembership.Replace);
}

/// <summary>What a log-in or log-out says of the agent beyond its state: its name, team and queues, and how the queues apply.</summary>
[Immutable]
public sealed record AgentSignOn(string? Name, string? TeamId, string[]? Queues, QueueMembership Membership)
{
    /// <summary>None for an event that names no name, team or queues, which is every event but some log-ins and log-outs.</summary>
    public static AgentSignOn? Of(FloorEvent e) =>
        e.Name is null && e.TeamId is null && e.Queues is null ? null : new(e.Name, e.TeamId, e.Queues, e.Membership);
}

/// <summary>
/// An <see cref="AgentEvent"/> as stored and sent: the record it replaced, declared as it was, so
/// grain state written by an earlier release is read, and a silo of an earlier release reads what
/// this one wrote (a rolling upgrade mixes them). Only what the agent kept is filled in.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StoredAgentEvent(FloorEvent Event, string? QueueId = null, bool Difficult = false, bool LeavesAgent = false)
{
    public static StoredAgentEvent From(in AgentEvent e) => new(e.ToFloorEvent(), e.QueueId, e.Difficult, e.LeavesAgent);

    public AgentEvent ToAgentEvent() => new(Event, QueueId, Difficult, LeavesAgent);
}

/// <summary>
/// Writes and reads an <see cref="AgentEvent"/> exactly as <see cref="StoredAgentEvent"/>, framing
/// and object numbering included (a converter to a value surrogate would frame it differently).
/// </summary>
[RegisterSerializer]
public sealed class AgentEventCodec : IFieldCodec<AgentEvent>
{
    private readonly IFieldCodec<StoredAgentEvent> stored;

    public AgentEventCodec(IFieldCodec<StoredAgentEvent> stored) => this.stored = OrleansGeneratedCodeHelper.UnwrapService(this, stored);

    public void WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, AgentEvent value)
        where TBufferWriter : IBufferWriter<byte> =>
        stored.WriteField(ref writer, fieldIdDelta, typeof(StoredAgentEvent), StoredAgentEvent.From(value));

    /// <remarks>
    /// Written with its declared type as the expected one, so no type name goes with it: an
    /// <see cref="AgentEvent"/> travels only where it is declared (grain calls, the agent's
    /// timeline), never as an <c>object</c>.
    /// </remarks>
    public AgentEvent ReadValue<TInput>(ref Reader<TInput> reader, Field field) =>
        (stored.ReadValue(ref reader, field) ?? throw new InvalidDataException("an agent's timeline entry was stored as null")).ToAgentEvent();
}

/// <summary>Entries are immutable values: a copy is the value itself.</summary>
[RegisterCopier]
public sealed class AgentEventCopier : IDeepCopier<AgentEvent>
{
    public AgentEvent DeepCopy(AgentEvent input, CopyContext context) => input;
}
