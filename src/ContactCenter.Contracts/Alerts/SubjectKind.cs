using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Alerts;

/// <summary>What an alert is about.</summary>
[JsonConverter(typeof(WireEnumConverter<SubjectKind>))]
public enum SubjectKind
{
    [JsonStringEnumMemberName("call")] Call,
    [JsonStringEnumMemberName("agent")] Agent,
    [JsonStringEnumMemberName("queue")] Queue,
}
