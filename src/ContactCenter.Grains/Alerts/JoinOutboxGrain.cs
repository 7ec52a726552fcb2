using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Grains;
using ContactCenter.Domain.Configuration;
using ContactCenter.Grains.Persistence;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// Joins wait here, written through, until a connector executes them. A join is worth executing
/// only while the call may still be on: one left waiting longer than <see cref="Expiry"/> goes,
/// with a warning in the log, so the outbox of a floor with no telephony connector stays small.
/// </summary>
public sealed partial class JoinOutboxGrain(
    [PersistentState("join-outbox", FloorStorage.Name)] IPersistentState<JoinOutboxState> state,
    FloorSettings settings,
    TimeProvider clock,
    ILogger<JoinOutboxGrain> log) : DurableGrain<JoinOutboxState>(state, settings, clock), IJoinOutboxGrain
{
    public static readonly TimeSpan Expiry = TimeSpan.FromHours(1);

    public Task Add(JoinCommand command)
    {
        if (!State.Done.ContainsKey(command.CommandId) && !State.Pending.Exists(c => c.CommandId == command.CommandId))
        {
            State.Pending.Add(command);
            MarkDirty();
        }

        // After the add: a join already past its hour goes at once, with its warning.
        Prune();
        return Task.CompletedTask;
    }

    /// <summary>Expired joins are left out even before the next <see cref="Add"/> prunes them: a connector must not barge in an hour late.</summary>
    public ValueTask<JoinCommand[]> Pending()
    {
        var now = Clock.GetUtcNow();
        return ValueTask.FromResult(State.Pending.Where(c => !Expired(c, now)).ToArray());
    }

    public ValueTask<bool> Done(string commandId) =>
        ValueTask.FromResult(State.Done.ContainsKey(commandId) || Take(commandId));

    public ValueTask<bool> Claim(string commandId) => ValueTask.FromResult(Take(commandId));

    /// <summary>Moves a pending join to done; false when it is not pending.</summary>
    private bool Take(string commandId)
    {
        var at = State.Pending.FindIndex(c => c.CommandId == commandId);
        if (at < 0)
        {
            return false;
        }

        State.Pending.RemoveAt(at);
        State.Done[commandId] = Clock.GetUtcNow();
        MarkDirty();
        return true;
    }

    private void Prune()
    {
        var now = Clock.GetUtcNow();
        foreach (var stale in State.Pending.Where(c => Expired(c, now)).ToList())
        {
            LogExpired(log, stale.CommandId, stale.AlertId, stale.Supervisor, stale.At);
            State.Pending.Remove(stale);
            MarkDirty();
        }

        foreach (var id in State.Done.Where(d => now - d.Value > Expiry).Select(d => d.Key).ToList())
        {
            State.Done.Remove(id);
            MarkDirty();
        }
    }

    private static bool Expired(JoinCommand command, DateTimeOffset now) => now - command.At > Expiry;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Join {CommandId} on alert {AlertId} by {Supervisor} (asked at {At}) was never executed by a connector and has expired")]
    private static partial void LogExpired(ILogger logger, string commandId, string alertId, string supervisor, DateTimeOffset at);
}
