using System.Buffers;
using Orleans.Serialization;
using Orleans.Storage;

namespace ContactCenter.Grains.Persistence;

/// <summary>
/// Grain state in Orleans' own format, byte for byte what <see cref="OrleansGrainStorageSerializer"/>
/// writes, without its garbage: that one serialises into a fresh buffer that starts at 256 bytes
/// and doubles, so a queue's 4.7 KB state left about 16 KB of discarded buffers per write, and the
/// state store copied the result once more. Here each thread reuses one buffer and a write
/// allocates exactly its payload.
/// </summary>
public sealed class GrainStateSerializer(Serializer serializer) : IGrainStorageSerializer
{
    /// <summary>A buffer grown past this by one large state is not kept for the next.</summary>
    private const int KeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    public BinaryData Serialize<T>(T? input)
    {
        var written = buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        written.ResetWrittenCount();
        serializer.Serialize(input, written);
        var payload = written.WrittenSpan.ToArray();
        if (written.Capacity > KeptCapacity)
        {
            buffer = null;
        }

        return new BinaryData(payload);
    }

    public T Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input.ToMemory())!;
}
