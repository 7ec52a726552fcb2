namespace ContactCenter.Grains.Queues;

/// <summary>
/// The last update a queue applied from each call and agent. A sender that crashed between the
/// queue's write and its own applies the same event again on retry and sends the same numbered
/// update; the ledger lets it through once. Entries idle for <see cref="Window"/> go: a retry
/// comes within seconds of a failover, and a queue's state must stay small enough to write per batch.
/// A sender that will never send again (a call archived) keeps its entry only <see cref="DoneGrace"/>:
/// long enough for a delivery of its last update still in flight (sent by an attempt that timed
/// out, say) to meet the entry and count once, however late it lands.
/// </summary>
[GenerateSerializer]
public sealed class UpdateLedger
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Ten times the grain calls' response timeout: no delivery outlives it.</summary>
    public static readonly TimeSpan DoneGrace = TimeSpan.FromMinutes(5);

    [Id(0)] private readonly Dictionary<string, Applied> last = new(StringComparer.Ordinal);

    [Id(1)] private DateTimeOffset prunedAt;

    public int Count => last.Count;

    /// <summary>When the sender's entry goes, if it has one.</summary>
    public DateTimeOffset? ExpiresAt(string sender) => last.TryGetValue(sender, out var seen) ? seen.At + Window : null;

    /// <summary>True (and remembered) if <paramref name="seq"/> is newer than the sender's last applied update.</summary>
    public bool Admit(string sender, long seq, DateTimeOffset now)
    {
        if (last.TryGetValue(sender, out var seen) && seq <= seen.Seq)
        {
            return false;
        }

        last[sender] = new Applied(seq, now);
        if (now - prunedAt > DoneGrace / 2)
        {
            Prune(now);
        }

        return true;
    }

    /// <summary>True if <paramref name="seq"/> is the sender's last applied update: the same update sent again.</summary>
    public bool IsLast(string sender, long seq) => last.TryGetValue(sender, out var seen) && seen.Seq == seq;

    /// <summary>The sender will never send again (a call archived): its entry goes <see cref="DoneGrace"/> from now, not a <see cref="Window"/> after its last update.</summary>
    public void Done(string sender, DateTimeOffset now)
    {
        if (last.TryGetValue(sender, out var seen) && seen.At > now - Window + DoneGrace)
        {
            last[sender] = seen with { At = now - Window + DoneGrace };
        }
    }

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
