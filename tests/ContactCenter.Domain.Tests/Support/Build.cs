using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Time;
using ContactCenter.Domain.Timeline;

namespace ContactCenter.Domain.Tests.Support;

/// <summary>Builders for floor events with explicit times; ids are derived from subject, type and time unless given.</summary>
internal static class Build
{
    public const string Caller = "+44 20 7946 0123";

    /// <summary>Monday 2 June 2025, 09:00:00 UTC: the start of a 15-minute interval.</summary>
    public static readonly DateTimeOffset T0 = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset S(double seconds) => T0.AddSeconds(seconds);

    private static string Id(string subject, FloorEventType type, DateTimeOffset at, string? id) =>
        id ?? $"{subject}:{type}:{at.UtcTicks}";

    public static FloorEvent Queued(string call, DateTimeOffset at, string queue = "q1", CustomerTier tier = CustomerTier.Regular, string? caller = Caller, string? id = null) =>
        new(Id(call, FloorEventType.CallQueued, at, id), FloorEventType.CallQueued, at, CallId: call, QueueId: queue, CallerNumber: caller, Tier: tier);

    public static FloorEvent Dialed(string call, DateTimeOffset at, string agent = "a1", string queue = "out", string called = "+1 555 010 9876", string? id = null) =>
        new(Id(call, FloorEventType.CallDialed, at, id), FloorEventType.CallDialed, at, CallId: call, AgentId: agent, QueueId: queue, Direction: CallDirection.Outbound, CalledNumber: called);

    public static FloorEvent Offered(string call, DateTimeOffset at, string agent = "a1", string queue = "q1", string? id = null) =>
        new(Id(call, FloorEventType.CallOffered, at, id), FloorEventType.CallOffered, at, CallId: call, AgentId: agent, QueueId: queue);

    public static FloorEvent Answered(string call, DateTimeOffset at, string agent = "a1", string queue = "q1", string? id = null) =>
        new(Id(call, FloorEventType.CallAnswered, at, id), FloorEventType.CallAnswered, at, CallId: call, AgentId: agent, QueueId: queue);

    public static FloorEvent Held(string call, DateTimeOffset at, string agent = "a1", string? id = null) =>
        new(Id(call, FloorEventType.CallHeld, at, id), FloorEventType.CallHeld, at, CallId: call, AgentId: agent);

    public static FloorEvent Resumed(string call, DateTimeOffset at, string agent = "a1", string? id = null) =>
        new(Id(call, FloorEventType.CallResumed, at, id), FloorEventType.CallResumed, at, CallId: call, AgentId: agent);

    public static FloorEvent TransferredToQueue(string call, DateTimeOffset at, string toQueue, string agent = "a1", string? id = null) =>
        new(Id(call, FloorEventType.CallTransferred, at, id), FloorEventType.CallTransferred, at, CallId: call, AgentId: agent, ToQueueId: toQueue);

    public static FloorEvent TransferredToAgent(string call, DateTimeOffset at, string toAgent, string agent = "a1", string? id = null) =>
        new(Id(call, FloorEventType.CallTransferred, at, id), FloorEventType.CallTransferred, at, CallId: call, AgentId: agent, ToAgentId: toAgent);

    public static FloorEvent Ended(string call, DateTimeOffset at, CallEndReason? reason = null, string agent = "a1", string? id = null) =>
        new(Id(call, FloorEventType.CallEnded, at, id), FloorEventType.CallEnded, at, CallId: call, AgentId: agent, EndReason: reason);

    public static FloorEvent Abandoned(string call, DateTimeOffset at, string? id = null) =>
        new(Id(call, FloorEventType.CallAbandoned, at, id), FloorEventType.CallAbandoned, at, CallId: call);

    /// <summary>A call timeline with every event accepted (asserted).</summary>
    public static EventTimeline<CallFacts, FloorEvent> CallTimeline(params FloorEvent[] events)
    {
        var timeline = new EventTimeline<CallFacts, FloorEvent>();
        foreach (var e in events)
        {
            var verdict = timeline.Insert(e);
            Assert.True(verdict.Kind == EventVerdictKind.Accepted, $"{e.Type} at {e.At:O}: {verdict}");
        }

        return timeline;
    }

    public static CallFacts Call(params FloorEvent[] events) => CallTimeline(events).Facts;

    // Agent timeline entries: an agent's own events, and call events handed on with the agent filled in.

    /// <summary>Inserts an agent's event, which must be accepted.</summary>
    public static void Insert(EventTimeline<AgentFacts, AgentEvent> timeline, AgentEvent e)
    {
        var verdict = timeline.Insert(e);
        Assert.True(verdict.Kind == EventVerdictKind.Accepted, $"{e.Type} at {e.At:O}: {verdict}");
    }

    public static AgentEvent LoggedIn(DateTimeOffset at, string agent = "a1", string team = "t1", string? id = null) =>
        new(new FloorEvent(Id(agent, FloorEventType.AgentLoggedIn, at, id), FloorEventType.AgentLoggedIn, at, AgentId: agent, Name: "Ada", TeamId: team, Queues: ["q1"]));

    public static AgentEvent LoggedOut(DateTimeOffset at, string agent = "a1", string? id = null) =>
        new(new FloorEvent(Id(agent, FloorEventType.AgentLoggedOut, at, id), FloorEventType.AgentLoggedOut, at, AgentId: agent));

    public static AgentEvent StateChanged(DateTimeOffset at, AgentState state, string? reason = null, string agent = "a1", string? id = null) =>
        new(new FloorEvent(Id(agent, FloorEventType.AgentStateChanged, at, id) + ":" + state, FloorEventType.AgentStateChanged, at, AgentId: agent, State: state, Reason: reason));

    public static AgentEvent HandRaised(DateTimeOffset at, string reason, string? call = null, string agent = "a1", string? id = null) =>
        new(new FloorEvent(Id(agent, FloorEventType.AssistanceRequested, at, id), FloorEventType.AssistanceRequested, at, CallId: call, AgentId: agent, Reason: reason));

    public static AgentEvent HandLowered(DateTimeOffset at, string agent = "a1", string? id = null) =>
        new(new FloorEvent(Id(agent, FloorEventType.AssistanceCleared, at, id), FloorEventType.AssistanceCleared, at, AgentId: agent));

    public static AgentEvent ForAgent(FloorEvent e, string queue = "q1", bool difficult = false) => new(e, queue, difficult);

    public static EventTimeline<AgentFacts, AgentEvent> AgentTimeline(SiteCalendar? calendar, params AgentEvent[] events) =>
        AgentTimeline(int.MaxValue, calendar, events);

    public static EventTimeline<AgentFacts, AgentEvent> AgentTimeline(int window, SiteCalendar? calendar, params AgentEvent[] events)
    {
        var timeline = new EventTimeline<AgentFacts, AgentEvent>(window) { Calendar = calendar ?? SiteCalendar.Utc };
        foreach (var e in events)
        {
            var verdict = timeline.Insert(e);
            Assert.True(verdict.Kind == EventVerdictKind.Accepted, $"{e.Type} at {e.At:O}: {verdict}");
        }

        return timeline;
    }

    /// <summary>Offered, answered and ended: one whole call of the agent, handed on from its call.</summary>
    public static AgentEvent[] WholeCall(string call, DateTimeOffset offered, DateTimeOffset answered, DateTimeOffset ended, bool difficult = false, string agent = "a1", string queue = "q1") =>
    [
        ForAgent(Offered(call, offered, agent, queue), queue),
        ForAgent(Answered(call, answered, agent, queue), queue),
        ForAgent(Ended(call, ended, agent: agent), queue, difficult),
    ];
}
