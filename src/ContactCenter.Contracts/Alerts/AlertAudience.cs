using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Alerts;

/// <summary>Who is shown an alert: the subject's team first, the whole floor once escalated.</summary>
[JsonConverter(typeof(WireEnumConverter<AlertAudience>))]
public enum AlertAudience
{
    [JsonStringEnumMemberName("team")] Team,
    [JsonStringEnumMemberName("floor")] Floor,
}
