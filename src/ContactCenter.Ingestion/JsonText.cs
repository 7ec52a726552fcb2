using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace ContactCenter.Ingestion;

/// <summary>Helpers over raw JSON string bytes that never throw, so a bad item cannot cost an exception.</summary>
internal static class JsonText
{
    /// <summary>
    /// Unescapes the raw bytes of a JSON string into UTF-8. The reader has already checked the escape
    /// syntax, but not that \u escapes pair their surrogates: <see cref="Utf8JsonReader.GetString"/> throws
    /// on a lone surrogate, this returns false. <paramref name="destination"/> needs <c>raw.Length</c> bytes.
    /// </summary>
    public static bool TryUnescape(ReadOnlySpan<byte> raw, Span<byte> destination, out int written)
    {
        written = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var plain = raw[i..].IndexOf((byte)'\\');
            if (plain < 0)
            {
                plain = raw.Length - i;
            }

            raw.Slice(i, plain).CopyTo(destination[written..]);
            written += plain;
            i += plain;
            if (i == raw.Length)
            {
                return true;
            }

            if (i + 1 == raw.Length)
            {
                return false;
            }

            var escape = raw[i + 1];
            i += 2;
            if (escape != (byte)'u')
            {
                var simple = Simple(escape);
                if (simple == 0)
                {
                    return false;
                }

                destination[written++] = simple;
                continue;
            }

            if (!TryHex4(raw, i, out var unit))
            {
                return false;
            }

            i += 4;
            int scalar = unit;
            if (char.IsHighSurrogate((char)unit))
            {
                if (i + 6 > raw.Length || raw[i] != (byte)'\\' || raw[i + 1] != (byte)'u'
                    || !TryHex4(raw, i + 2, out var low) || !char.IsLowSurrogate((char)low))
                {
                    return false;
                }

                i += 6;
                scalar = char.ConvertToUtf32((char)unit, (char)low);
            }
            else if (char.IsLowSurrogate((char)unit))
            {
                return false;
            }

            if (!new Rune(scalar).TryEncodeToUtf8(destination[written..], out var length))
            {
                return false;
            }

            written += length;
        }

        return true;
    }

    /// <summary>How a token reads in a sentence: "callId must be a string, not a number".</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        _ => "a " + token.ToString().ToLowerInvariant(),
    };

    private static byte Simple(byte escape) => escape switch
    {
        (byte)'"' => (byte)'"',
        (byte)'\\' => (byte)'\\',
        (byte)'/' => (byte)'/',
        (byte)'b' => (byte)'\b',
        (byte)'f' => (byte)'\f',
        (byte)'n' => (byte)'\n',
        (byte)'r' => (byte)'\r',
        (byte)'t' => (byte)'\t',
        _ => 0,
    };

    private static bool TryHex4(ReadOnlySpan<byte> raw, int at, out ushort value)
    {
        value = 0;
        return at + 4 <= raw.Length
            && Utf8Parser.TryParse(raw.Slice(at, 4), out value, out var consumed, 'X')
            && consumed == 4;
    }
}
