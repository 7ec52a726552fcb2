namespace ContactCenter.Bench.Throughput;

/// <summary>Verdict counts summed over batches that may finish on any thread.</summary>
public sealed class BatchTally
{
    private int accepted;
    private int duplicates;
    private int rejected;
    private string? firstRejection;

    public int Accepted => accepted;

    public int Duplicates => duplicates;

    public int Rejected => rejected;

    /// <summary>The first refusal seen, so a run that refuses events says why.</summary>
    public string? FirstRejection => firstRejection;

    public void Add(int accepted, int duplicates, int rejected, string? why)
    {
        Interlocked.Add(ref this.accepted, accepted);
        Interlocked.Add(ref this.duplicates, duplicates);
        Interlocked.Add(ref this.rejected, rejected);
        if (why is not null)
        {
            Interlocked.CompareExchange(ref firstRejection, why, null);
        }
    }
}
