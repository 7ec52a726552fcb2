using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>
/// AMI events in the floor's terms. Stateful, one per session and fed by its one reader; the join
/// executor reads what it learnt (interfaces, who answered a call) from another thread, so every
/// entry point holds one lock. Several floor facts need more than one event (an overflow is a leave with no answer
/// before the caller's hangup; a hold is one fact Asterisk reports twice as Hold and
/// MusicOnHoldStart), so the mapper keeps each live call and each member it has seen.
/// <para>
/// A call is named by its caller channel's <c>Linkedid</c> (else <c>Uniqueid</c>): for an inbound
/// call that is the caller's Uniqueid, which queue_log writes as its call id, so both feeds name the
/// same call. Agent events (AgentCalled, AgentConnect, ...) carry the caller's channel unprefixed and
/// the member's with a <c>Dest</c> prefix.
/// </para>
/// <para>
/// With <c>queueLogOwnsCalls</c> the queue_log already gives the call's lifecycle, pauses and log-ins,
/// so only what it lacks is sent: holds, rings (CallOffered at AgentCalled) and the member's device
/// going unavailable and back. State is kept in both modes so holds know their agent.
/// </para>
/// </summary>
public sealed partial class AmiEventMapper(QueueLogAgents agents, bool queueLogOwnsCalls, TimeProvider timeProvider, ILogger<AmiEventMapper>? logger = null)
{
    /// <summary>Calls kept at most; a call whose hangup was missed (a dropped connection) is forgotten oldest first.</summary>
    private const int MaxCalls = 10_000;

    private readonly ILogger logger = logger ?? NullLogger<AmiEventMapper>.Instance;
    private readonly Dictionary<string, CallTrack> calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> callOfCallerChannel = new(StringComparer.Ordinal);
    private Queue<string> callOrder = new();
    private readonly Dictionary<string, MemberTrack> members = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>The events the mapper reads; the session passes on no others.</summary>
    public static IReadOnlySet<string> EventNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "QueueCallerJoin", "QueueCallerLeave", "QueueCallerAbandon", "AgentCalled", "AgentRingNoAnswer", "AgentConnect", "AgentComplete",
        "Hangup", "Hold", "Unhold", "MusicOnHoldStart", "MusicOnHoldStop", "BlindTransfer", "AttendedTransfer",
        "QueueMemberAdded", "QueueMemberRemoved", "QueueMemberPause", "QueueMemberStatus", "QueueMember",
    };

    /// <summary>Whether every fact is sent (AMI alone) rather than only what queue_log lacks.</summary>
    private bool Full => !queueLogOwnsCalls;

    /// <summary>The floor events <paramref name="message"/> makes; none for events that add nothing. Never throws on a malformed event.</summary>
    public IReadOnlyList<FloorEvent> Map(AmiMessage message)
    {
        if (!message.IsEvent)
        {
            return [];
        }

        var at = AmiEventTime.Of(message, timeProvider);
        var mapped = new List<FloorEvent>(2);
        var context = new Mapping(message, at, mapped);
        lock (gate)
        {
            Apply(message, context);
        }

        return Valid(message, mapped);
    }

    /// <summary>The last interface seen for an agent (from member events and rings): where a join listens.</summary>
    public string? InterfaceOf(string agentId)
    {
        lock (gate)
        {
            return members.GetValueOrDefault(agentId)?.Interface;
        }
    }

    /// <summary>The agent who answered a live call, for a join that names the call but not the agent.</summary>
    public string? AgentOnCall(string callId)
    {
        lock (gate)
        {
            return calls.GetValueOrDefault(callId) is { Answered: true, Ended: false } call ? call.Agent : null;
        }
    }

    private void Apply(AmiMessage message, Mapping context)
    {
        switch (message.Name)
        {
            case "QueueCallerJoin": CallerJoined(context); break;
            case "AgentCalled": AgentCalled(context); break;
            case "AgentRingNoAnswer": break; // The offer was sent at AgentCalled; a ring's end shows as the next offer or the answer.
            case "AgentConnect": AgentConnected(context); break;
            case "AgentComplete": AgentCompleted(context); break;
            case "QueueCallerAbandon": CallerAbandoned(context); break;
            case "QueueCallerLeave": CallerLeft(context); break;
            case "Hangup": HungUp(context); break;
            case "Hold" or "MusicOnHoldStart": Held(context, held: true); break;
            case "Unhold" or "MusicOnHoldStop": Held(context, held: false); break;
            case "BlindTransfer" or "AttendedTransfer": Transferred(context); break;
            case "QueueMemberAdded": MemberAdded(context); break;
            case "QueueMemberRemoved": MemberRemoved(context); break;
            case "QueueMemberPause": MemberPaused(context, fromStatus: false); break;
            case "QueueMemberStatus": MemberStatus(context); break;
            case "QueueMember": Member(context); break; // The answer to QueueStatus: only the interface is learnt; the floor has the state.
            default: break;
        }
    }

    /// <summary>Refuses events whose ids cannot be floor ids (a member name with a space as id), naming the field.</summary>
    private List<FloorEvent> Valid(AmiMessage message, List<FloorEvent> mapped)
    {
        mapped.RemoveAll(e =>
        {
            var field = e.CallId is { } call && !FloorIds.IsValid(call) ? "call"
                : e.AgentId is { } agent && !FloorIds.IsValid(agent) ? "agent"
                : e.QueueId is { } queue && !FloorIds.IsValid(queue) ? "queue"
                : e.Queues?.Any(q => !FloorIds.IsValid(q)) == true ? "queues"
                : e.TeamId is { } team && !FloorIds.IsValid(team) ? "team"
                : null;
            if (field is null)
            {
                return false;
            }

            LogNotAFloorId(message.Name ?? "?", e.Type, field, e.CallId, e.AgentId, e.QueueId);
            return true;
        });
        return mapped;
    }

    /// <summary>The message being mapped, its time, and where its floor events go.</summary>
    private readonly record struct Mapping(AmiMessage Message, DateTimeOffset At, List<FloorEvent> Out)
    {
        public string Id(int part = 0) => AmiEventId.Of(Message, At, part);

        public string? this[string key] => Message[key] is { Length: > 0 } value ? value.Trim() : null;

        /// <summary>The call: the caller channel's Linkedid, else its Uniqueid.</summary>
        public string? CallId => this["Linkedid"] ?? this["Uniqueid"];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AMI {AmiEvent} skipped: its {FloorEventType} has a {Field} that is not a floor id (call '{CallId}', agent '{AgentId}', queue '{QueueId}')")]
    private partial void LogNotAFloorId(string amiEvent, FloorEventType floorEventType, string field, string? callId, string? agentId, string? queueId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "AMI {AmiEvent} skipped: {Reason}")]
    private partial void LogSkipped(string amiEvent, string reason);
}
