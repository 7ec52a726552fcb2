using System.Globalization;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>
/// Asterisk's queue_log in the floor's terms. In queue_log "holdtime" is the caller's wait in the
/// queue, not a hold by an agent: waits come from the ENTERQUEUE and CONNECT times. A caller the
/// queue lets go (EXITWITHTIMEOUT, EXITWITHKEY, EXITEMPTY) is overflowed, and a failover's ENTERQUEUE
/// of the same call in the next queue is a new stay there; one refused entry
/// (JOINEMPTY, JOINUNAVAIL) is blocked. A ring that found no answer (RINGNOANSWER, RINGCANCELED,
/// SYSCOMPAT) is an offer to that agent. QUEUESTART, CONFIGRELOAD, DID, INFO and events not known
/// here are counted and skipped.
/// </summary>
public static class QueueLogEvents
{
    private static readonly HashSet<string> Informational = new(StringComparer.Ordinal) { "QUEUESTART", "CONFIGRELOAD", "DID", "INFO" };

    public static QueueLogMapping Map(QueueLogEntry entry, QueueLogAgents? agents = null)
    {
        agents ??= QueueLogAgents.None;
        if (Informational.Contains(entry.Event))
        {
            return QueueLogMapping.Skip();
        }

        var mapped = Translate(entry, agents);
        foreach (var e in mapped.Events)
        {
            if (BadId(e) is { } field)
            {
                return QueueLogMapping.Refuse(entry, field, $"'{Shown(field, e, entry)}' is not a floor id (1 to {FloorIds.MaxLength} of A-Z, a-z, 0-9, '.', '_' or '-')");
            }
        }

        return mapped;
    }

    /// <summary>The queue_log field whose value cannot be a floor id, or null.</summary>
    private static string? BadId(FloorEvent e) =>
        e.CallId is { } call && !FloorIds.IsValid(call) ? "callid"
        : e.QueueId is { } queue && !FloorIds.IsValid(queue) ? "queue"
        : e.AgentId is { } agent && !FloorIds.IsValid(agent) ? "agent"
        : e.Queues?.FirstOrDefault(q => !FloorIds.IsValid(q)) is not null ? "queue"
        : e.TeamId is { } team && !FloorIds.IsValid(team) ? "team"
        : null;

    private static string Shown(string field, FloorEvent e, QueueLogEntry entry) => field switch
    {
        "callid" => e.CallId!,
        "agent" => e.AgentId!,
        "team" => e.TeamId!,
        _ => entry.Queue,
    };

    private static QueueLogMapping Translate(QueueLogEntry entry, QueueLogAgents agents) =>
        entry.Event switch
        {
            "ENTERQUEUE" => Call(entry, needsQueue: true, (id, call, queue) =>
                [new FloorEvent(id(0), FloorEventType.CallQueued, entry.At, CallId: call, QueueId: queue, CallerNumber: Number(entry.Datum(2)))]),
            "CONNECT" => WithAgent(entry, agents, (id, call, queue, agent) => Ring(entry, Seconds(entry.Datum(3)), call, agent, id(1)) is { } offer
                ? [offer, new FloorEvent(id(2), FloorEventType.CallAnswered, entry.At, CallId: call, AgentId: agent, QueueId: queue)]
                : [new FloorEvent(id(0), FloorEventType.CallAnswered, entry.At, CallId: call, AgentId: agent, QueueId: queue)]),
            "RINGNOANSWER" or "RINGCANCELED" => WithAgent(entry, agents, (id, call, _, agent) =>
                [Ring(entry, Milliseconds(entry.Datum(1)), call, agent, id(0)) ?? new FloorEvent(id(0), FloorEventType.CallOffered, entry.At, CallId: call, AgentId: agent)]),
            "SYSCOMPAT" => WithAgent(entry, agents, (id, call, _, agent) => [new FloorEvent(id(0), FloorEventType.CallOffered, entry.At, CallId: call, AgentId: agent)]),
            "COMPLETECALLER" => Call(entry, needsQueue: false, (id, call, _) => [Ended(id(0), entry, call, CallEndReason.CallerHangup)]),
            "COMPLETEAGENT" => Call(entry, needsQueue: false, (id, call, _) => [Ended(id(0), entry, call, CallEndReason.AgentHangup)]),
            // The agent passed the caller on outside the queue: for the queue's figures the call is done.
            "TRANSFER" or "BLINDTRANSFER" or "ATTENDEDTRANSFER" => Call(entry, needsQueue: false, (id, call, _) => [Ended(id(0), entry, call, CallEndReason.Completed)]),
            "ABANDON" => Call(entry, needsQueue: false, (id, call, queue) => [new FloorEvent(id(0), FloorEventType.CallAbandoned, entry.At, CallId: call, QueueId: queue)]),
            // Named so the floor knows which stay it ends when the dialplan sends the caller on to another queue in the same second.
            "EXITWITHTIMEOUT" or "EXITWITHKEY" or "EXITEMPTY" => Call(entry, needsQueue: false, (id, call, queue) => [Ended(id(0), entry, call, CallEndReason.Overflowed) with { QueueId = queue }]),
            "JOINEMPTY" or "JOINUNAVAIL" => Call(entry, needsQueue: true, (id, call, queue) =>
                [new FloorEvent(id(0), FloorEventType.CallEnded, entry.At, CallId: call, QueueId: queue, EndReason: CallEndReason.Blocked)]),
            "AGENTLOGIN" or "AGENTCALLBACKLOGIN" => Login(entry, agents, queues: null),
            // A member joins or leaves one queue at a time: its other queues stay.
            "ADDMEMBER" => Login(entry, agents, entry.HasQueue ? [entry.Queue] : null),
            "REMOVEMEMBER" when entry.HasQueue => Agent(entry, agents, (id, agent) =>
                [new FloorEvent(id(0), FloorEventType.AgentLoggedOut, entry.At, AgentId: agent, Queues: [entry.Queue], Membership: QueueMembership.Remove)]),
            "AGENTLOGOFF" or "AGENTCALLBACKLOGOFF" or "REMOVEMEMBER" => Agent(entry, agents, (id, agent) => [new FloorEvent(id(0), FloorEventType.AgentLoggedOut, entry.At, AgentId: agent)]),
            "PAUSE" or "PAUSEALL" => Agent(entry, agents, (id, agent) =>
                [new FloorEvent(id(0), FloorEventType.AgentStateChanged, entry.At, AgentId: agent, State: AgentState.NotReady, Reason: entry.Datum(1) ?? "paused")]),
            "UNPAUSE" or "UNPAUSEALL" => Agent(entry, agents, (id, agent) => [new FloorEvent(id(0), FloorEventType.AgentStateChanged, entry.At, AgentId: agent, State: AgentState.Available)]),
            _ => QueueLogMapping.Skip(),
        };

    private static QueueLogMapping Call(QueueLogEntry entry, bool needsQueue, Func<Func<int, string>, string, string?, FloorEvent[]> map)
    {
        if (!entry.HasCall)
        {
            return QueueLogMapping.Refuse(entry, "callid", $"{entry.Event} needs the caller's call id, not '{entry.CallId}'");
        }

        if (needsQueue && !entry.HasQueue)
        {
            return QueueLogMapping.Refuse(entry, "queue", $"{entry.Event} needs the queue, not '{entry.Queue}'");
        }

        return QueueLogMapping.Of(map(part => QueueLogEventId.Of(entry, part), entry.CallId, entry.HasQueue ? entry.Queue : null));
    }

    private static QueueLogMapping WithAgent(QueueLogEntry entry, QueueLogAgents agents, Func<Func<int, string>, string, string?, string, FloorEvent[]> map) =>
        agents.Of(entry.Agent) is { } agent
            ? Call(entry, needsQueue: false, (id, call, queue) => map(id, call, queue, agent.Id))
            : QueueLogMapping.Refuse(entry, "agent", $"{entry.Event} needs the queue member, not '{entry.Agent}'");

    private static QueueLogMapping Agent(QueueLogEntry entry, QueueLogAgents agents, Func<Func<int, string>, string, FloorEvent[]> map) =>
        agents.Of(entry.Agent) is { } agent
            ? QueueLogMapping.Of(map(part => QueueLogEventId.Of(entry, part), agent.Id))
            : QueueLogMapping.Refuse(entry, "agent", $"{entry.Event} needs the queue member, not '{entry.Agent}'");

    /// <summary>A log in, with the name and team configured for the member.</summary>
    private static QueueLogMapping Login(QueueLogEntry entry, QueueLogAgents agents, string[]? queues) =>
        agents.Of(entry.Agent) is { } agent
            ? QueueLogMapping.Of(new FloorEvent(QueueLogEventId.Of(entry), FloorEventType.AgentLoggedIn, entry.At, AgentId: agent.Id, Name: agent.Name, TeamId: agent.Team, Queues: queues,
                Membership: queues is null ? QueueMembership.Replace : QueueMembership.Add))
            : QueueLogMapping.Refuse(entry, "agent", $"{entry.Event} needs the queue member, not '{entry.Agent}'");

    private static FloorEvent Ended(string id, QueueLogEntry entry, string call, CallEndReason reason) =>
        new(id, FloorEventType.CallEnded, entry.At, CallId: call, EndReason: reason);

    /// <summary>The offer a ring of <paramref name="ring"/> before the line implies, or null without a ring time.</summary>
    private static FloorEvent? Ring(QueueLogEntry entry, TimeSpan? ring, string call, string agent, string id) =>
        ring is { } length ? new FloorEvent(id, FloorEventType.CallOffered, entry.At - length, CallId: call, AgentId: agent) : null;

    private static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;

    private static TimeSpan? Milliseconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0 ? TimeSpan.FromMilliseconds(ms) : null;

    /// <summary>A caller id that is a number (digits, with + and spaces); a name or "unknown" is no number.</summary>
    private static string? Number(string? callerId) =>
        callerId is { Length: > 0 and <= 32 } && callerId.Any(char.IsAsciiDigit) && callerId.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')')
            ? callerId
            : null;
}
