using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Alerts;

/// <summary>Where an alert is in its lifecycle.</summary>
[JsonConverter(typeof(WireEnumConverter<AlertStatus>))]
public enum AlertStatus
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("acknowledged")] Acknowledged,
    [JsonStringEnumMemberName("taken")] Taken,
    [JsonStringEnumMemberName("snoozed")] Snoozed,
    [JsonStringEnumMemberName("resolved")] Resolved,
    [JsonStringEnumMemberName("cleared")] Cleared,
}
