using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Contracts.Grains;

/// <summary>
/// The floor's supervisor joins waiting for the telephony side (one grain, key 0). A join is
/// stored here before the supervisor's request is answered, and stays until a connector says it
/// executed it, so neither a killed silo nor a connector away for a while loses one.
/// </summary>
public interface IJoinOutboxGrain : IGrainWithIntegerKey
{
    /// <summary>Stores a join; a command id already stored (or done) changes nothing.</summary>
    Task Add(JoinCommand command);

    /// <summary>Joins not yet executed, oldest first.</summary>
    [ReadOnly]
    ValueTask<JoinCommand[]> Pending();

    /// <summary>Marks a join executed; false if no such command is known. Repeating it is harmless.</summary>
    ValueTask<bool> Done(string commandId);

    /// <summary>
    /// Takes a pending join for execution: true for exactly one caller, the one that moved it from
    /// pending to done; false if it was taken already or is unknown. A connector executes a join
    /// only when it claimed it, so two processes never both ring a supervisor for one click.
    /// </summary>
    ValueTask<bool> Claim(string commandId);
}
