using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Events;

/// <summary>
/// How the queues of an AgentLoggedIn or AgentLoggedOut apply to the agent's. Sources that know
/// the whole list (a desktop, the simulator) replace it; a PBX that adds and removes one member
/// of one queue at a time (Asterisk's ADDMEMBER, REMOVEMEMBER) adds or removes.
/// </summary>
[JsonConverter(typeof(WireEnumConverter<QueueMembership>))]
public enum QueueMembership
{
    /// <summary>The queues given are the agent's queues (none given: unchanged).</summary>
    [JsonStringEnumMemberName("replace")] Replace,

    /// <summary>AgentLoggedIn: the queues given are added to a logged-in agent's (a logged-out agent gets just them).</summary>
    [JsonStringEnumMemberName("add")] Add,

    /// <summary>AgentLoggedOut: the agent leaves the queues given, and logs out only when none remain.</summary>
    [JsonStringEnumMemberName("remove")] Remove,
}
