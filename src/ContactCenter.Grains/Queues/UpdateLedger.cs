namespace ContactCenter.Grains.Queues;

/// <summary>
/// The last update a queue applied from each call and agent. A sender that crashed between the
/// queue's write and its own applies the same event again on retry and sends the same numbered
/// update; the ledger lets it through once. Entries idle for <see cref="Window"/> go: a retry
/// comes within seconds of a failover, and a queue's state must stay small enough to write per batch.
/// </summary>
[GenerateSerializer]
public sealed class UpdateLedger
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    [Id(0)] private readonly Dictionary<string, Applied> last = new(StringComparer.Ordinal);

    [Id(1)] private DateTimeOffset prunedAt;

    public int Count => last.Count;

    /// <summary>True (and remembered) if <paramref name="seq"/> is newer than the sender's last applied update.</summary>
    public bool Admit(string sender, long seq, DateTimeOffset now)
    {
        if (last.TryGetValue(sender, out var seen) && seq <= seen.Seq)
        {
            return false;
        }

        last[sender] = new Applied(seq, now);
        if (now - prunedAt > Window / 4)
        {
            Prune(now);
        }

        return true;
    }

    /// <summary>True if <paramref name="seq"/> is the sender's last applied update: the same update sent again.</summary>
    public bool IsLast(string sender, long seq) => last.TryGetValue(sender, out var seen) && seen.Seq == seq;

    private void Prune(DateTimeOffset now)
    {
        prunedAt = now;
        foreach (var (sender, applied) in last)
        {
            if (now - applied.At > Window)
            {
                last.Remove(sender);
            }
        }
    }

    [GenerateSerializer]
    public readonly record struct Applied(long Seq, DateTimeOffset At);
}
