using ContactCenter.Contracts.Alerts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Connectors.Asterisk.Ami;

public enum AmiJoinResult
{
    /// <summary>Asterisk accepted the Originate (with <c>Async</c> it then rings the supervisor).</summary>
    Sent,

    /// <summary>Asterisk answered <c>Response: Error</c>.</summary>
    Refused,

    /// <summary>The action could not be built (no supervisor phone, agent interface unknown).</summary>
    NotPossible,

    /// <summary>The session could not send it (not logged in, the connection dropped); a later delivery of the command may try again.</summary>
    Failed,

    /// <summary>This command id was executed before in this process: nothing was sent.</summary>
    AlreadyExecuted,
}

public sealed record AmiJoinOutcome(AmiJoinResult Result, string? Detail = null);

/// <summary>
/// Executes supervisor joins on the live AMI session. A stream may deliver a command more than once;
/// ringing a supervisor twice for one join would be worse than not at all, so recent command ids
/// are remembered and a repeat is a no-op. A command that failed only because the session could
/// not send it is forgotten, so a redelivery may succeed.
/// </summary>
public sealed partial class AmiJoinExecutor(
    Func<IReadOnlyList<KeyValuePair<string, string>>, CancellationToken, Task<AmiMessage>> sendAction,
    Func<string, string?> interfaceOf,
    AmiOptions options,
    ILogger<AmiJoinExecutor> logger,
    Func<string, string?>? agentOnCall = null)
{
    private const int RememberedCommands = 1_000;

    private readonly Dictionary<string, LinkedListNode<string>> executed = new(StringComparer.Ordinal);
    private readonly LinkedList<string> executedOrder = new();
    private readonly Lock gate = new();

    public AmiJoinExecutor(AmiSession session, AmiOptions options, ILogger<AmiJoinExecutor> logger)
        : this(session.SendActionAsync, session.Mapper.InterfaceOf, options, logger, session.Mapper.AgentOnCall)
    {
    }

    public async Task<AmiJoinOutcome> ExecuteAsync(JoinCommand command, CancellationToken cancellationToken)
    {
        if (!Claim(command.CommandId))
        {
            return new(AmiJoinResult.AlreadyExecuted);
        }

        var plan = AmiJoinAction.For(command, options.SupervisorChannels, interfaceOf, agentOnCall);
        if (!plan.CanSend)
        {
            LogNotPossible(command.CommandId, command.Supervisor, command.AgentId, plan.Problem!);
            return new(AmiJoinResult.NotPossible, plan.Problem);
        }

        AmiMessage response;
        try
        {
            response = await sendAction(plan.Fields!, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Release(command.CommandId);
            LogFailed(command.CommandId, command.Supervisor, command.AgentId, e.Message);
            return new(AmiJoinResult.Failed, e.Message);
        }

        if (string.Equals(response.Name, "Success", StringComparison.OrdinalIgnoreCase))
        {
            LogSent(command.CommandId, command.Supervisor, command.AgentId, command.Mode);
            return new(AmiJoinResult.Sent, response["Message"]);
        }

        var reason = response["Message"] ?? response.Name ?? "no reason given";
        LogRefused(command.CommandId, command.Supervisor, command.AgentId, reason);
        return new(AmiJoinResult.Refused, reason);
    }

    private bool Claim(string commandId)
    {
        lock (gate)
        {
            if (executed.ContainsKey(commandId))
            {
                return false;
            }

            executed[commandId] = executedOrder.AddLast(commandId);
            while (executedOrder.Count > RememberedCommands)
            {
                executed.Remove(executedOrder.First!.Value);
                executedOrder.RemoveFirst();
            }

            return true;
        }
    }

    private void Release(string commandId)
    {
        lock (gate)
        {
            if (executed.Remove(commandId, out var node))
            {
                executedOrder.Remove(node);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Join {CommandId}: supervisor {Supervisor} is being rung to {Mode} agent {AgentId}")]
    private partial void LogSent(string commandId, string supervisor, string? agentId, JoinMode mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Join {CommandId}: Asterisk refused the Originate for supervisor {Supervisor} on agent {AgentId}: {Reason}")]
    private partial void LogRefused(string commandId, string supervisor, string? agentId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Join {CommandId}: supervisor {Supervisor} cannot join agent {AgentId}: {Reason}")]
    private partial void LogNotPossible(string commandId, string supervisor, string? agentId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Join {CommandId}: sending the Originate for supervisor {Supervisor} on agent {AgentId} failed: {Reason}")]
    private partial void LogFailed(string commandId, string supervisor, string? agentId, string reason);
}
