using Orleans.Serialization;
using Orleans.Storage;

namespace ContactCenter.Grains.Persistence;

/// <summary>
/// Grain state in Orleans' own format, byte for byte what <see cref="OrleansGrainStorageSerializer"/>
/// writes, without its garbage: that one serialises into a fresh buffer that starts at 256 bytes
/// and doubles, so a queue's 4.7 KB state left about 16 KB of discarded buffers per write, and the
/// state store copied the result once more. Here a write allocates only its payload.
/// </summary>
public sealed class GrainStateSerializer(Serializer serializer) : IGrainStorageSerializer
{
    [ThreadStatic]
    private static KeptBuffer? buffer;

    public BinaryData Serialize<T>(T? input) =>
        new(KeptBuffer.Write(ref buffer, (serializer, input), static (s, w) => s.serializer.Serialize(s.input, w.BaseStream)));

    public T Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input.ToMemory())!;
}
