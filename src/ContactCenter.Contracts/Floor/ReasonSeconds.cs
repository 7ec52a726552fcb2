namespace ContactCenter.Contracts.Floor;

/// <summary>Not-ready seconds given one reason ("" where the source gave none).</summary>
[GenerateSerializer, Immutable]
public readonly record struct ReasonSeconds(string Reason, double Seconds);
