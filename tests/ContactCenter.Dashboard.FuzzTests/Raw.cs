using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// JSON written by hand, field by field, so that an item can be broken in any way the wire allows:
/// a field is a raw name and a raw value, both exactly as they go on the wire.
/// </summary>
public static class Raw
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON string as most sources write it: only quotes, backslashes and control characters escaped.</summary>
    public static string Str(string value) => JsonSerializer.Serialize(value, Relaxed);

    /// <summary>An instant as a source writes it: ISO 8601 with milliseconds and the UTC offset.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Object(IEnumerable<Field> fields) =>
        "{" + string.Join(",", fields.Select(f => f.Name + ":" + f.Value)) + "}";

    public static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    /// <summary>
    /// Placeholders (private-use characters no generator writes otherwise) that <see cref="Bytes"/> turns into byte
    /// sequences that are not UTF-8: a stray 0xFF, an overlong NUL, an encoded surrogate, a truncated sequence.
    /// </summary>
    public static readonly string[] NotUtf8 = ["\uE000", "\uE001", "\uE002", "\uE003"];

    private static readonly byte[][] NotUtf8Bytes = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82]];

    /// <summary>The text as UTF-8, with the <see cref="NotUtf8"/> placeholders replaced by their broken bytes.</summary>
    public static byte[] Bytes(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uE000', '\uE003') < 0)
        {
            return Utf8.GetBytes(text);
        }

        using var buffer = new MemoryStream(text.Length + 16);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\uE000' and <= '\uE003')
            {
                buffer.Write(Utf8.GetBytes(text[start..i]));
                buffer.Write(NotUtf8Bytes[text[i] - '\uE000']);
                start = i + 1;
            }
        }

        buffer.Write(Utf8.GetBytes(text[start..]));
        return buffer.ToArray();
    }
}

/// <summary>One field of a hand-written object: both parts are raw JSON (the name with its quotes).</summary>
public readonly record struct Field(string Name, string Value)
{
    public static Field Text(string name, string value) => new(Raw.Str(name), Raw.Str(value));

    public string PlainName => Name.Length >= 2 && Name[0] == '"' && Name[^1] == '"' ? Name[1..^1] : Name;
}
