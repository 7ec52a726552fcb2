namespace ContactCenter.Contracts.Live;

/// <summary>What a <see cref="LiveChange"/> carries.</summary>
public enum LiveChangeKind
{
    Call,
    Agent,
    Alert,
    Headline,
}
