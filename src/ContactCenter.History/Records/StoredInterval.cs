namespace ContactCenter.History.Records;

/// <summary>A queue's raw counts in one 15-minute interval: figures are derived from sums, never stored.</summary>
public sealed class StoredInterval
{
    public required string QueueId { get; set; }
    public DateTime Start { get; set; }
    public int Offered { get; set; }
    public int Answered { get; set; }
    public int Abandoned { get; set; }
    public int ShortAbandoned { get; set; }
    public int AnsweredWithinThreshold { get; set; }
    public int AbandonedAfterThreshold { get; set; }
    public int Completed { get; set; }
    public int Dialed { get; set; }
    public int Handled { get; set; }
    public int TransferredIn { get; set; }
    public int TransferredOut { get; set; }
    public int Overflowed { get; set; }
    public int Blocked { get; set; }
    public long WaitTicks { get; set; }
    public long HandleTicks { get; set; }
    public long AbandonWaitTicks { get; set; }

    /// <summary>Only the longest wait is kept: an interval back from the store is older than late corrections reach in practice.</summary>
    public long? MaxWaitTicks { get; set; }
}
