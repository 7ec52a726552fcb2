namespace ContactCenter.Contracts.Live;

/// <summary>What a <see cref="FloorChange"/> carries.</summary>
public enum FloorChangeKind
{
    Call,
    Agent,
    Alert,
    Headline,
}
