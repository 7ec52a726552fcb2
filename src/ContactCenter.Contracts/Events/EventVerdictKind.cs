namespace ContactCenter.Contracts.Events;

/// <summary>The three ways an event can fare.</summary>
public enum EventVerdictKind
{
    Accepted,
    Duplicate,
    Rejected,
}
