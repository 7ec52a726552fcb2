namespace ContactCenter.Grains.Persistence;

/// <summary>
/// A buffer kept between writes of bytes that leave as one exact array (grain state, a queue's
/// ledgers): a fresh one per write was most of what the event path allocated. Each user holds its
/// own in a <c>[ThreadStatic]</c> field, because the state's serializer calls a ledger's encoder in
/// the middle of its own write; one grown past <see cref="KeptCapacity"/> by a large write is let go.
/// </summary>
internal sealed class KeptBuffer
{
    private const int KeptCapacity = 256 * 1024;

    private readonly MemoryStream stream = new(4 * 1024);
    private readonly BinaryWriter writer;

    private KeptBuffer() => writer = new BinaryWriter(stream);

    /// <summary><paramref name="write"/> writes through the writer (or straight into its <see cref="BinaryWriter.BaseStream"/>); the bytes come back as a new array.</summary>
    public static byte[] Write<TArg>(ref KeptBuffer? slot, TArg arg, Action<TArg, BinaryWriter> write)
    {
        var kept = slot ??= new KeptBuffer();
        kept.stream.SetLength(0);
        kept.stream.Position = 0;
        write(arg, kept.writer);
        kept.writer.Flush();
        var bytes = kept.stream.ToArray();
        if (kept.stream.Capacity > KeptCapacity)
        {
            slot = null;
        }

        return bytes;
    }
}
