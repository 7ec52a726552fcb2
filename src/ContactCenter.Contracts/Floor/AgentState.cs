using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Floor;

/// <summary>An agent's state on the floor (DOMAIN.md, agent states).</summary>
[JsonConverter(typeof(WireEnumConverter<AgentState>))]
public enum AgentState
{
    [JsonStringEnumMemberName("logged-out")] LoggedOut,
    [JsonStringEnumMemberName("available")] Available,
    [JsonStringEnumMemberName("ringing")] Ringing,
    [JsonStringEnumMemberName("talking")] Talking,
    [JsonStringEnumMemberName("on-hold")] OnHold,
    [JsonStringEnumMemberName("wrap-up")] WrapUp,
    [JsonStringEnumMemberName("not-ready")] NotReady,
}
