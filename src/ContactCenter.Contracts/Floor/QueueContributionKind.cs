namespace ContactCenter.Contracts.Floor;

/// <summary>The events that decide a queue figure (DOMAIN.md, counting).</summary>
public enum QueueContributionKind
{
    Offered,
    Answered,
    Abandoned,
    Completed,
    WrapUp,
    Dialed,
}
