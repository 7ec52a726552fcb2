namespace ContactCenter.Contracts.Events;

/// <summary>An agent's answer to a call event handed on to it: its verdict, and the agent's team so the call's alerts reach that team's supervisors.</summary>
[GenerateSerializer, Immutable]
public readonly record struct CallEventReceipt(EventVerdict Verdict, string? TeamId);
