using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Events;

/// <summary>The caller's tier, which some rules weigh.</summary>
[JsonConverter(typeof(WireEnumConverter<CustomerTier>))]
public enum CustomerTier
{
    [JsonStringEnumMemberName("regular")] Regular,
    [JsonStringEnumMemberName("high-value")] HighValue,
    [JsonStringEnumMemberName("vip")] Vip,
}
