namespace ContactCenter.Contracts.Alerts;

/// <summary>
/// A request for the telephony side to put a supervisor on a call. Published on the
/// <see cref="JoinCommand.StreamNamespace"/> stream for any connector to execute.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record JoinCommand(string CommandId, string AlertId, string? CallId, string? AgentId, string Supervisor, JoinMode Mode, DateTimeOffset At)
{
    public const string StreamProvider = "Telephony";
    public const string StreamNamespace = "supervisor-joins";
    public const string StreamKey = "floor";
}
