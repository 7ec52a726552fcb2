using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Live;

/// <summary>What a <see cref="LiveChange"/> carries; the names are the wire names README documents.</summary>
[JsonConverter(typeof(WireEnumConverter<LiveChangeKind>))]
public enum LiveChangeKind
{
    [JsonStringEnumMemberName("call")] Call,
    [JsonStringEnumMemberName("agent")] Agent,
    [JsonStringEnumMemberName("alert")] Alert,
    [JsonStringEnumMemberName("headline")] Headline,
}
