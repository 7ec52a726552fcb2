using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Floor;

/// <summary>A call's state.</summary>
[JsonConverter(typeof(WireEnumConverter<CallState>))]
public enum CallState
{
    [JsonStringEnumMemberName("queued")] Queued,
    [JsonStringEnumMemberName("dialing")] Dialing,
    [JsonStringEnumMemberName("ringing")] Ringing,
    [JsonStringEnumMemberName("talking")] Talking,
    [JsonStringEnumMemberName("on-hold")] OnHold,
    [JsonStringEnumMemberName("ended")] Ended,
    [JsonStringEnumMemberName("abandoned")] Abandoned,
}
