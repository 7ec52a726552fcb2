using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Events;

/// <summary>Why a call ended: the disposition shown on the call.</summary>
[JsonConverter(typeof(WireEnumConverter<CallEndReason>))]
public enum CallEndReason
{
    [JsonStringEnumMemberName("completed")] Completed,
    [JsonStringEnumMemberName("caller-hangup")] CallerHangup,
    [JsonStringEnumMemberName("agent-hangup")] AgentHangup,
    [JsonStringEnumMemberName("no-answer")] NoAnswer,

    /// <summary>The caller left the queue unanswered by the queue's own doing (a timeout, a key, the queue emptied): offered, neither answered nor abandoned.</summary>
    [JsonStringEnumMemberName("overflowed")] Overflowed,

    /// <summary>The caller was refused entry to the queue (no member could take calls): not offered. Sent on a call never queued, naming the queue.</summary>
    [JsonStringEnumMemberName("blocked")] Blocked,
}
