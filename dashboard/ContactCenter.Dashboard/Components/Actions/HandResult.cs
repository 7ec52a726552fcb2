using ContactCenter.Contracts.Floor;

namespace ContactCenter.Dashboard.Components.Actions;

/// <summary>How raising or lowering a hand fared: the agent afterwards, or why not in words for the agent.</summary>
public sealed record HandResult(bool Succeeded, string Message, AgentSnapshot? Agent, HandOutcome Outcome = HandOutcome.Done);
