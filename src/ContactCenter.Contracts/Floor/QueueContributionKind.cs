namespace ContactCenter.Contracts.Floor;

/// <summary>The events that decide a queue figure (DOMAIN.md, counting). Add kinds at the end only: the number is stored.</summary>
public enum QueueContributionKind
{
    Offered,
    Answered,
    Abandoned,
    Completed,

    /// <summary>One agent's leg of a call, counted where its wrap-up ends (at the leg's end without one), with its whole handle time.</summary>
    Handled,
    Dialed,
    TransferredIn,
    TransferredOut,

    /// <summary>A caller who left the queue unanswered by its timeout, a key or its emptying: offered, outside the service level.</summary>
    Overflowed,

    /// <summary>A caller refused entry: not offered.</summary>
    Blocked,
}
