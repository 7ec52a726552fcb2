using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>The Originate that puts a supervisor on an agent's call, or why it cannot be built.</summary>
public sealed record AmiJoinPlan(IReadOnlyList<KeyValuePair<string, string>>? Fields, string? Problem)
{
    public bool CanSend => Fields is not null;
}

/// <summary>
/// A supervisor join as an AMI <c>Originate</c>: Asterisk rings the supervisor's phone and, once
/// answered, runs <c>ChanSpy</c> on the agent's channel. ChanSpy's options (app_chanspy):
/// <list type="bullet">
/// <item><c>q</c>: no beep and no channel name spoken when spying starts, so the call hears nothing.</item>
/// <item><c>b</c>: only channels in a bridged call: the agent's ringing or idle leg is not a call.</item>
/// <item><c>E</c>: exit when the spied-on channel hangs up, so the supervisor is not moved on to another call.</item>
/// <item><c>S</c>: stop when no channel is left to spy on, rather than waiting for the next.</item>
/// <item>monitor adds nothing (ChanSpy listens only by default); whisper adds <c>w</c> (the agent alone hears the supervisor); barge adds <c>B</c> (both sides hear).</item>
/// </list>
/// ChanSpy matches channels by prefix, and <c>PJSIP/201</c> is also the prefix of <c>PJSIP/2010-...</c>,
/// so the prefix is the interface with the <c>-</c> Asterisk puts before a channel's sequence number.
/// </summary>
public static class AmiJoinAction
{
    public static string SpyOptions(JoinMode mode) => "qbES" + mode switch
    {
        JoinMode.Whisper => "w",
        JoinMode.Barge => "B",
        _ => string.Empty,
    };

    /// <summary>The channel prefix of an interface: <c>PJSIP/201</c> -> <c>PJSIP/201-</c>, <c>Local/201@agents/n</c> -> <c>Local/201@agents-</c>.</summary>
    public static string ChannelPrefix(string agentInterface)
    {
        var value = agentInterface.Trim();
        var slash = value.IndexOf('/');
        var second = slash < 0 ? -1 : value.IndexOf('/', slash + 1);
        return (second > 0 ? value[..second] : value) + "-";
    }

    /// <param name="supervisorChannels">Each supervisor's phone (<see cref="AmiOptions.SupervisorChannels"/>).</param>
    /// <param name="interfaceOf">The agent's interface as last seen on AMI (<see cref="AmiEventMapper.InterfaceOf"/>).</param>
    /// <param name="agentOnCall">For a command that names only the call: who answered it (<see cref="AmiEventMapper.AgentOnCall"/>).</param>
    public static AmiJoinPlan For(JoinCommand command, IReadOnlyDictionary<string, string> supervisorChannels, Func<string, string?> interfaceOf, Func<string, string?>? agentOnCall = null)
    {
        if (!supervisorChannels.TryGetValue(command.Supervisor, out var supervisorPhone) || string.IsNullOrWhiteSpace(supervisorPhone))
        {
            return new(null, $"no phone is configured for supervisor '{command.Supervisor}' (Connectors:Ami:SupervisorChannels)");
        }

        if ((command.AgentId ?? (command.CallId is { } callId ? agentOnCall?.Invoke(callId) : null)) is not { } agentId)
        {
            return new(null, command.CallId is null ? "the command names no agent to listen to" : $"the command names no agent and no agent is known to be on call '{command.CallId}'");
        }

        if (interfaceOf(agentId) is not { } agentInterface)
        {
            return new(null, $"the interface of agent '{agentId}' is not known yet (it is learnt from queue member events and rings)");
        }

        var mode = command.Mode.ToString().ToLowerInvariant();
        return new(
            [
                KeyValuePair.Create("Action", "Originate"),
                KeyValuePair.Create("ActionID", command.CommandId),
                KeyValuePair.Create("Channel", supervisorPhone.Trim()),
                KeyValuePair.Create("Application", "ChanSpy"),
                KeyValuePair.Create("Data", $"{ChannelPrefix(agentInterface)},{SpyOptions(command.Mode)}"),
                KeyValuePair.Create("CallerID", $"\"{mode} {agentId}\" <{agentId}>"),
                KeyValuePair.Create("Async", "true"),
            ],
            null);
    }
}
