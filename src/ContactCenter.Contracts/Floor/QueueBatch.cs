namespace ContactCenter.Contracts.Floor;

/// <summary>
/// What a silo gathered for one queue while the queue's previous batch was being applied: one
/// grain call and one state write for many events. Each list keeps its senders' order;
/// <see cref="Done"/> names calls archived after their last update in this batch or an earlier one.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueBatch(QueueCallUpdate[] Calls, QueueLegUpdate[] Legs, AgentRowUpdate[] Agents, string[]? Done = null);
