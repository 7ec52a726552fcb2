namespace ContactCenter.Contracts.Floor;

/// <summary>An agent's row as a queue or team should now hold it (null: no longer theirs). The last one wins, so a repeat is harmless.</summary>
[GenerateSerializer, Immutable]
public sealed record AgentRowUpdate(string AgentId, AgentRow? Row);
