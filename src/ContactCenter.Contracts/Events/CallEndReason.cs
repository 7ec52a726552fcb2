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
}
