using System.Buffers;
using System.Text.Json;

namespace ContactCenter.Contracts.Live;

/// <summary>
/// How a <c>figures</c> change applies: its JSON is laid over the queue's headline (or over an
/// earlier patch), field by field, nested objects merged, its values winning. A client holding a
/// queue's headline as JSON applies each patch with <see cref="Overlay"/>; the front end folds
/// patches for a screen that fell behind the same way.
/// </summary>
public static class FiguresPatch
{
    /// <summary>
    /// Two patches (or a headline and a patch) as one: the fields of both, <paramref name="over"/>'s
    /// value winning where both have one. Applying the result is applying the two in turn.
    /// </summary>
    public static JsonElement Overlay(JsonElement under, JsonElement over)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteOverlay(writer, under, over);
        }

        return JsonSerializer.Deserialize<JsonElement>(buffer.WrittenSpan);
    }

    private static void WriteOverlay(Utf8JsonWriter writer, JsonElement under, JsonElement over)
    {
        writer.WriteStartObject();
        foreach (var property in under.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            if (!over.TryGetProperty(property.Name, out var newer))
            {
                property.Value.WriteTo(writer);
            }
            else if (newer.ValueKind == JsonValueKind.Object && property.Value.ValueKind == JsonValueKind.Object)
            {
                WriteOverlay(writer, property.Value, newer);
            }
            else
            {
                newer.WriteTo(writer);
            }
        }

        foreach (var property in over.EnumerateObject())
        {
            if (!under.TryGetProperty(property.Name, out _))
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}
