using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Alerts;

/// <summary>How urgent an alert is; it only ever rises.</summary>
[JsonConverter(typeof(WireEnumConverter<AlertSeverity>))]
public enum AlertSeverity
{
    [JsonStringEnumMemberName("warning")] Warning = 1,
    [JsonStringEnumMemberName("critical")] Critical = 2,
}
