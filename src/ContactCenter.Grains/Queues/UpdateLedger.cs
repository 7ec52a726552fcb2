using ContactCenter.Grains.Persistence;

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

    private const byte FormatVersion = 1;

    [NonSerialized]
    private readonly Dictionary<string, Applied> last = new(StringComparer.Ordinal);

    [Id(1)] private DateTimeOffset prunedAt;

    public int Count => last.Count;

    /// <summary>
    /// The entries as states written before the compact form held them; read into the ledger.
    /// Written empty, not null: the release before reads an empty ledger here, where null would
    /// fail every batch of a silo not yet upgraded. A new one each time: the serializer writes
    /// one instance once per state, and the release before would read its three ledgers as one.
    /// </summary>
    [Id(0)]
    internal Dictionary<string, Applied>? Written
    {
        get => [];
        set
        {
            foreach (var (sender, applied) in value ?? [])
            {
                last[sender] = applied;
            }
        }
    }

    /// <summary>
    /// The entries as written: the queue writes its ledgers with every batch, so each entry is
    /// its sender's id, its number and its time as ticks after the oldest entry's, not the
    /// serializer's field-tagged pair and twenty-byte timestamp (a third of a queue's state before).
    /// </summary>
    [Id(2)]
    internal byte[]? Entries
    {
        get => Encode();
        set => Decode(value);
    }

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

    private byte[] Encode()
    {
        var oldest = long.MaxValue;
        foreach (var applied in last.Values)
        {
            oldest = Math.Min(oldest, applied.At.UtcTicks);
        }

        // A queue encodes three ledgers with every batch it writes: through a buffer kept between them.
        return KeptBuffer.Write(ref encoder, (last, oldest), static (ledger, writer) =>
        {
            var (entries, oldest) = ledger;
            writer.Write(FormatVersion);
            writer.Write7BitEncodedInt(entries.Count);
            writer.Write7BitEncodedInt64(entries.Count == 0 ? 0 : oldest);
            foreach (var (sender, applied) in entries)
            {
                writer.Write(sender);
                writer.Write7BitEncodedInt64(applied.Seq);
                writer.Write7BitEncodedInt64(applied.At.UtcTicks - oldest);
            }
        });
    }

    [ThreadStatic]
    private static KeptBuffer? encoder;

    private void Decode(byte[]? entries)
    {
        if (entries is null)
        {
            return;
        }

        using var reader = new BinaryReader(new MemoryStream(entries, writable: false));
        var version = reader.ReadByte();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"An update ledger written in format {version}, which this version does not read (it reads {FormatVersion}).");
        }

        var count = reader.Read7BitEncodedInt();
        var oldest = reader.Read7BitEncodedInt64();
        last.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            var sender = reader.ReadString();
            var seq = reader.Read7BitEncodedInt64();
            var at = new DateTimeOffset(oldest + reader.Read7BitEncodedInt64(), TimeSpan.Zero);
            last[sender] = new Applied(seq, at);
        }
    }

    [GenerateSerializer]
    public readonly record struct Applied(long Seq, DateTimeOffset At);
}
