using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Testing;

/// <summary>Short builders for the events a scenario posts; each gets a fresh event id.</summary>
public static class Events
{
    public static FloorEvent Queued(string call, string queue, DateTimeOffset at, CustomerTier tier = CustomerTier.Regular, string caller = "+44 20 7946 0123") =>
        new(Id(), FloorEventType.CallQueued, at, CallId: call, QueueId: queue, CallerNumber: caller, Tier: tier);

    public static FloorEvent Offered(string call, string agent, DateTimeOffset at) => new(Id(), FloorEventType.CallOffered, at, CallId: call, AgentId: agent);

    public static FloorEvent Answered(string call, string agent, DateTimeOffset at) => new(Id(), FloorEventType.CallAnswered, at, CallId: call, AgentId: agent);

    public static FloorEvent Held(string call, DateTimeOffset at) => new(Id(), FloorEventType.CallHeld, at, CallId: call);

    public static FloorEvent Resumed(string call, DateTimeOffset at) => new(Id(), FloorEventType.CallResumed, at, CallId: call);

    public static FloorEvent Ended(string call, DateTimeOffset at, CallEndReason reason = CallEndReason.Completed) =>
        new(Id(), FloorEventType.CallEnded, at, CallId: call, EndReason: reason);

    public static FloorEvent Abandoned(string call, DateTimeOffset at) => new(Id(), FloorEventType.CallAbandoned, at, CallId: call);

    public static FloorEvent TransferredToQueue(string call, string queue, DateTimeOffset at) =>
        new(Id(), FloorEventType.CallTransferred, at, CallId: call, ToQueueId: queue);

    public static FloorEvent LoggedIn(string agent, string team, DateTimeOffset at, params string[] queues) =>
        new(Id(), FloorEventType.AgentLoggedIn, at, AgentId: agent, Name: $"Agent {agent}", TeamId: team, Queues: queues);

    public static FloorEvent LoggedOut(string agent, DateTimeOffset at) => new(Id(), FloorEventType.AgentLoggedOut, at, AgentId: agent);

    public static FloorEvent State(string agent, AgentState state, DateTimeOffset at, string? reason = null) =>
        new(Id(), FloorEventType.AgentStateChanged, at, AgentId: agent, State: state, Reason: reason);

    public static FloorEvent HandUp(string agent, DateTimeOffset at, string reason, string? call = null) =>
        new(Id(), FloorEventType.AssistanceRequested, at, AgentId: agent, CallId: call, Reason: reason);

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    private static string Id() => Guid.NewGuid().ToString("N");
}
