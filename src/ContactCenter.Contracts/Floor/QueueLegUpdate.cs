namespace ContactCenter.Contracts.Floor;

/// <summary>
/// An agent's handled leg counted in a queue (<see cref="Add"/>), replacing the same leg as
/// counted before (<see cref="Retract"/>); applied once per <see cref="Seq"/> of its sender: the
/// live agent, or one past day of the agent (<see cref="LateDay"/>), which numbers its own.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueLegUpdate(string AgentId, long Seq, QueueContribution? Retract, QueueContribution? Add, DateOnly? LateDay = null);
