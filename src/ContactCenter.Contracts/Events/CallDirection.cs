using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Events;

/// <summary>Who placed the call.</summary>
[JsonConverter(typeof(WireEnumConverter<CallDirection>))]
public enum CallDirection
{
    [JsonStringEnumMemberName("inbound")] Inbound,
    [JsonStringEnumMemberName("outbound")] Outbound,
}
