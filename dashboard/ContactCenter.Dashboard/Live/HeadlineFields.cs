using System.Buffers;
using System.Text.Json;
using ContactCenter.Contracts.Live;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// Each queue's latest headline as the hub writes it, and which of its fields changed from one
/// headline to the next, so hub clients receive the figures that moved (a <c>figures</c> change)
/// rather than every figure of every queue each time. A field is a leaf of the headline's JSON
/// (<c>today.answered</c>), numbered when first seen; a set of fields is a bit mask.
/// Not thread-safe: <see cref="FloorMirror"/> holds it under its lock.
/// </summary>
internal sealed class HeadlineFields(JsonSerializerOptions json)
{
    /// <summary>Every field: the whole headline goes (a queue not seen before, or more fields than a mask holds).</summary>
    public static readonly UInt128 All = UInt128.MaxValue;

    private const int MaskBits = 128;
    private readonly Dictionary<(int Parent, string Name), int> numbers = [];
    private readonly Dictionary<string, Latest> latest = new(StringComparer.Ordinal);

    /// <summary>Takes the queue's new headline; returns the fields that differ from the one before it.</summary>
    public UInt128 Record(QueueHeadline headline)
    {
        var next = JsonSerializer.SerializeToElement(headline, json);
        var changed = latest.TryGetValue(headline.QueueId, out var before) ? Changed(before.Json, next, -1) : All;
        latest[headline.QueueId] = new Latest(next);
        return changed;
    }

    /// <summary>The queue's latest headline cut to <paramref name="fields"/>, shaped as the headline's JSON; null for a queue not recorded.</summary>
    public JsonElement? Patch(string queueId, UInt128 fields)
    {
        if (!latest.TryGetValue(queueId, out var queue))
        {
            return null;
        }

        if (queue.PatchFields != fields || queue.Patch is not { } patch)
        {
            // Scopes drained in the same tick (floor and summary) usually ask for the same fields: built once.
            var buffer = new ArrayBufferWriter<byte>(512);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteFields(writer, queue.Json, -1, fields);
            }

            patch = JsonSerializer.Deserialize<JsonElement>(buffer.WrittenSpan);
            (queue.PatchFields, queue.Patch) = (fields, patch);
        }

        return patch;
    }

    /// <summary>After a reload the next headline of every queue goes whole.</summary>
    public void Clear() => latest.Clear();

    /// <summary>
    /// The leaves that differ. A change of shape (a field that came or went, an object that became
    /// a value or null, as JSON options that leave nulls out would make of it) sends the whole headline.
    /// </summary>
    private UInt128 Changed(JsonElement before, JsonElement after, int parent)
    {
        if (before.GetPropertyCount() != after.GetPropertyCount())
        {
            return All;
        }

        var changed = UInt128.Zero;
        foreach (var property in after.EnumerateObject())
        {
            if (!before.TryGetProperty(property.Name, out var old))
            {
                return All;
            }

            var number = Number(parent, property.Name);
            var (wasObject, isObject) = (old.ValueKind == JsonValueKind.Object, property.Value.ValueKind == JsonValueKind.Object);
            if (wasObject && isObject)
            {
                var nested = Changed(old, property.Value, number);
                if (nested == All)
                {
                    return All;
                }

                changed |= nested;
            }
            else if (wasObject || isObject || number >= MaskBits)
            {
                if (wasObject || isObject || !JsonElement.DeepEquals(old, property.Value))
                {
                    return All;
                }
            }
            else if (!JsonElement.DeepEquals(old, property.Value))
            {
                changed |= UInt128.One << number;
            }
        }

        return changed;
    }

    private int Number(int parent, string name)
    {
        if (!numbers.TryGetValue((parent, name), out var number))
        {
            numbers[(parent, name)] = number = numbers.Count;
        }

        return number;
    }

    /// <summary>Writes the object with those of its properties that hold any of <paramref name="fields"/>.</summary>
    private void WriteFields(Utf8JsonWriter writer, JsonElement element, int parent, UInt128 fields)
    {
        writer.WriteStartObject();
        foreach (var property in element.EnumerateObject())
        {
            var number = Number(parent, property.Name);
            if (!Wanted(property.Value, number, fields))
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                WriteFields(writer, property.Value, number, fields);
            }
            else
            {
                property.Value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>A leaf in <paramref name="fields"/>, or an object with one somewhere below it.</summary>
    private bool Wanted(JsonElement value, int number, UInt128 fields)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return number < MaskBits && (fields & (UInt128.One << number)) != 0;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (Wanted(property.Value, Number(number, property.Name), fields))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Latest(JsonElement json)
    {
        public JsonElement Json { get; } = json;

        public UInt128 PatchFields { get; set; }

        public JsonElement? Patch { get; set; }
    }
}
