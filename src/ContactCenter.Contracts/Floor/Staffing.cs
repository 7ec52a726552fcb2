namespace ContactCenter.Contracts.Floor;

/// <summary>Logged-in agents by what they are doing: busy is ringing, talking or on hold.</summary>
[GenerateSerializer, Immutable]
public sealed record Staffing(int Staffed, int Available, int Busy, int WrapUp, int NotReady);
