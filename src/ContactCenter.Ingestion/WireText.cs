using System.Buffers;

namespace ContactCenter.Ingestion;

/// <summary>The shapes a string field must have on the wire, checked on its UTF-8 bytes.</summary>
internal static class WireText
{
    public const int MaxIdLength = 64;
    public const int MaxPhoneLength = 32;

    /// <summary>The longest timestamp worth parsing; longer is not ISO 8601 anyway.</summary>
    public const int MaxTimestampLength = 64;

    // Alert ids are "{rule}:{subjectId}:{n}" and ids appear in URLs, so ':' and '/' must never get in.
    private static readonly SearchValues<byte> IdBytes =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"u8);

    private static readonly SearchValues<byte> PhoneBytes = SearchValues.Create("0123456789 +-()"u8);

    private static readonly SearchValues<byte> TimestampBytes = SearchValues.Create("0123456789-:.TZ+"u8);

    public static bool IsId(ReadOnlySpan<byte> utf8) =>
        utf8.Length is > 0 and <= MaxIdLength && !utf8.ContainsAnyExcept(IdBytes);

    /// <summary>A number as people write it; it must hold a digit, since masking shows the last four.</summary>
    public static bool IsPhoneNumber(ReadOnlySpan<byte> utf8) =>
        utf8.Length is > 0 and <= MaxPhoneLength
        && !utf8.ContainsAnyExcept(PhoneBytes)
        && utf8.ContainsAnyInRange((byte)'0', (byte)'9');

    /// <summary>Whether the text can only be a timestamp, which also makes it safe to wrap in quotes as JSON.</summary>
    public static bool HasTimestampShape(ReadOnlySpan<byte> utf8) =>
        utf8.Length is > 0 and <= MaxTimestampLength && !utf8.ContainsAnyExcept(TimestampBytes);

    /// <summary>
    /// Whether the time part ends with 'Z' or a signed offset. The reader would read a timestamp without one
    /// in the server's own time zone, which silently shifts every figure, so the offset is required.
    /// </summary>
    public static bool HasOffset(ReadOnlySpan<byte> utf8)
    {
        var time = utf8.IndexOf((byte)'T');
        return time >= 0 && utf8[(time + 1)..].ContainsAny((byte)'Z', (byte)'+', (byte)'-');
    }
}
