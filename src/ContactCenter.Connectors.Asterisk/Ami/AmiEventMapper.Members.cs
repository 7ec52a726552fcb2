using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>
/// Queue members: joining and leaving queues, pauses, and their device's availability. A member
/// joins or leaves one queue at a time and the floor keeps its other queues (membership add and
/// remove), so what the floor knows stays right even for queues joined before this process started.
/// </summary>
public sealed partial class AmiEventMapper
{
    /// <summary>AST_DEVICE_NOT_INUSE and AST_DEVICE_UNAVAILABLE in QueueMemberStatus's Status.</summary>
    private const string DeviceNotInUse = "1";
    private const string DeviceUnavailable = "5";

    /// <summary>A log-in to the queue the member was added to, keeping its others.</summary>
    private void MemberAdded(Mapping m)
    {
        if (Member(m) is not { } member)
        {
            return;
        }

        if (m["Queue"] is { } queue)
        {
            member.Queues.Add(queue);
        }

        if (!Full)
        {
            member.Paused = m["Paused"] == "1";
            return;
        }

        var agent = Agent(m)!.Value;
        string[]? joined = m["Queue"] is { } added ? [added] : null;
        m.Out.Add(new FloorEvent(m.Id(1), FloorEventType.AgentLoggedIn, m.At, AgentId: member.AgentId, Name: agent.Name ?? NameOf(m), TeamId: agent.Team,
            Queues: joined, Membership: joined is null ? QueueMembership.Replace : QueueMembership.Add));
        if (m["Paused"] == "1" && member.Paused != true)
        {
            // Added paused (QueueAdd with Paused: true): the log-in alone would show the member available.
            member.Paused = true;
            member.PauseReason = PauseReason(m);
            m.Out.Add(new FloorEvent(m.Id(2), FloorEventType.AgentStateChanged, m.At, AgentId: member.AgentId, State: AgentState.NotReady, Reason: member.PauseReason));
        }
        else
        {
            member.Paused = m["Paused"] == "1";
        }
    }

    private void MemberRemoved(Mapping m)
    {
        if (Member(m) is not { } member)
        {
            return;
        }

        if (m["Queue"] is { } queue)
        {
            member.Queues.Remove(queue);
        }

        if (member.Queues.Count == 0)
        {
            member.Paused = null;
            member.Unavailable = false;
        }

        if (Full)
        {
            // The floor logs the agent out when this was its last queue.
            m.Out.Add(m["Queue"] is { } left
                ? new FloorEvent(m.Id(), FloorEventType.AgentLoggedOut, m.At, AgentId: member.AgentId, Queues: [left], Membership: QueueMembership.Remove)
                : new FloorEvent(m.Id(), FloorEventType.AgentLoggedOut, m.At, AgentId: member.AgentId));
        }
    }

    /// <summary>
    /// A pause or unpause. Asterisk reports a pause on every queue of the member, so only a change
    /// of what the mapper knows (paused, or the reason) is sent. queue_log owns pauses in hybrid
    /// mode; the mapper still learns them there, to tell an available device from a paused one.
    /// </summary>
    private void MemberPaused(Mapping m, bool fromStatus)
    {
        if (Member(m) is not { } member || m["Paused"] is not { } paused || paused is not ("0" or "1"))
        {
            return;
        }

        var isPaused = paused == "1";
        var reason = isPaused ? PauseReason(m) : null;
        var (knownPaused, knownReason) = (member.Paused, member.PauseReason);
        (member.Paused, member.PauseReason) = (isPaused, reason);
        var unchanged = fromStatus
            ? knownPaused == isPaused || (knownPaused is null && !isPaused) // First sight of a member not paused tells nothing.
            : knownPaused == isPaused && knownReason == reason; // The same pause reported for another of its queues.
        if (unchanged || !Full || member.Unavailable)
        {
            return; // While the device is unavailable that shows; its return shows the pause or not.
        }

        m.Out.Add(isPaused
            ? new FloorEvent(m.Id(), FloorEventType.AgentStateChanged, m.At, AgentId: member.AgentId, State: AgentState.NotReady, Reason: reason)
            : new FloorEvent(m.Id(), FloorEventType.AgentStateChanged, m.At, AgentId: member.AgentId, State: AgentState.Available));
    }

    /// <summary>
    /// Learns the member's interface and queues; a change of pause is a pause; the device going
    /// unavailable (Status 5) makes the agent not ready, and its return to not in use (Status 1)
    /// available again. Other statuses are left to calls, which drive talking states.
    /// </summary>
    private void MemberStatus(Mapping m)
    {
        if (Member(m) is not { } member)
        {
            return;
        }

        if (m["Queue"] is { } queue)
        {
            member.Queues.Add(queue);
        }

        MemberPaused(m, fromStatus: true);
        var status = m["Status"];
        if (status == DeviceUnavailable && !member.Unavailable)
        {
            member.Unavailable = true;
            m.Out.Add(new FloorEvent(m.Id(1), FloorEventType.AgentStateChanged, m.At, AgentId: member.AgentId, State: AgentState.NotReady, Reason: "unavailable"));
        }
        else if (status == DeviceNotInUse && member.Unavailable)
        {
            member.Unavailable = false;
            m.Out.Add(member.Paused == true
                ? new FloorEvent(m.Id(1), FloorEventType.AgentStateChanged, m.At, AgentId: member.AgentId, State: AgentState.NotReady, Reason: member.PauseReason ?? "paused")
                : new FloorEvent(m.Id(1), FloorEventType.AgentStateChanged, m.At, AgentId: member.AgentId, State: AgentState.Available));
        }
    }

    /// <summary>The member of a member event, remembered with the interface it was seen on.</summary>
    private MemberTrack? Member(Mapping m)
    {
        if (Agent(m) is not { } agent)
        {
            LogSkipped(m.Message.Name ?? "?", "it names no queue member");
            return null;
        }

        if (!members.TryGetValue(agent.Id, out var member))
        {
            member = new MemberTrack(agent.Id);
            members[agent.Id] = member;
        }

        if ((m["Interface"] ?? m["Location"]) is { } found)
        {
            member.Interface = found;
        }

        return member;
    }

    /// <summary>
    /// The floor's agent for the member an event names: by its interface, or by its member name when
    /// that is how it is configured (<c>Connectors:QueueLog:Agents</c>). The ring of an AgentCalled
    /// also teaches the member's interface for joins.
    /// </summary>
    private (string Id, string? Name, string? Team)? Agent(Mapping m)
    {
        var iface = m["Interface"] ?? m["Location"];
        var memberName = m["MemberName"];
        var byInterface = iface is null ? null : agents.Of(iface);
        if (memberName is not null && agents.Of(memberName) is { } byName && IsConfigured(byName, memberName) && (byInterface is not { } i || !IsConfigured(i, iface!)))
        {
            Remember(byName.Id, iface);
            return byName;
        }

        var found = byInterface ?? (memberName is null ? null : agents.Of(memberName));
        if (found is { } agent)
        {
            Remember(agent.Id, iface);
        }

        return found;
    }

    private void Remember(string agentId, string? iface)
    {
        if (iface is null || !FloorIds.IsValid(agentId))
        {
            return;
        }

        if (!members.TryGetValue(agentId, out var member))
        {
            member = new MemberTrack(agentId);
            members[agentId] = member;
        }

        member.Interface = iface;
    }

    private static bool IsConfigured((string Id, string? Name, string? Team) agent, string member) =>
        agent.Name is not null || agent.Team is not null || agent.Id != AsteriskAgentId.Of(member);

    /// <summary>The member name Asterisk was given, unless it is only the interface again.</summary>
    private static string? NameOf(Mapping m) =>
        m["MemberName"] is { } name && !string.Equals(name, m["Interface"], StringComparison.OrdinalIgnoreCase) ? name : null;

    private static string PauseReason(Mapping m) => m["PausedReason"] ?? m["Reason"] ?? "paused";

    /// <summary>What the mapper knows of a queue member.</summary>
    private sealed class MemberTrack(string agentId)
    {
        public string AgentId { get; } = agentId;

        public string? Interface { get; set; }

        public SortedSet<string> Queues { get; } = new(StringComparer.Ordinal);

        public bool? Paused { get; set; }

        public string? PauseReason { get; set; }

        public bool Unavailable { get; set; }
    }
}
