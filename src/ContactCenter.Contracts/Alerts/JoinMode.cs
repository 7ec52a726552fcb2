using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Alerts;

/// <summary>How a supervisor joins a call.</summary>
[JsonConverter(typeof(WireEnumConverter<JoinMode>))]
public enum JoinMode
{
    [JsonStringEnumMemberName("monitor")] Monitor,
    [JsonStringEnumMemberName("whisper")] Whisper,
    [JsonStringEnumMemberName("barge")] Barge,
}
