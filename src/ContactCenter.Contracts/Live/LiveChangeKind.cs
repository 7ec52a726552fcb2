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

    /// <summary>Some of a queue's headline figures: only the fields that changed (built by a front end for its hub clients).</summary>
    [JsonStringEnumMemberName("figures")] Figures,
}
