using System.Buffers;
using System.Text.Json;
using ContactCenter.Contracts.Ingestion;

namespace ContactCenter.Ingestion;

/// <summary>
/// Parses the body of the event API: a JSON array of events, each judged on its own so that one bad
/// item never costs the batch. Hand-written over <see cref="Utf8JsonReader"/> because this path takes every
/// event of the floor: no reflection, no exception per bad item, no string for a field the type does not use.
/// </summary>
public sealed class EventBatchParser
{
    private const int BadRequest = 400;
    private const int PayloadTooLarge = 413;
    private const string NotAnArray = "the body must be a JSON array of events";

    private EventBatchParser()
    {
    }

    public static EventBatchParseResult Parse(ReadOnlySpan<byte> utf8Json) => Parse(utf8Json, EventBatchLimits.Default);

    public static EventBatchParseResult Parse(ReadOnlySpan<byte> utf8Json, EventBatchLimits limits)
    {
        Check(limits);
        if (utf8Json.Length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        // Some clients write a byte order mark; the reader does not skip it.
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (utf8Json.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            return EventBatchParseResult.Failure(BadRequest, NotAnArray);
        }

        // One past the limit: the parser checks depth itself, to answer with the limit rather than a reader message.
        var options = new JsonReaderOptions { MaxDepth = limits.MaxDepth == int.MaxValue ? int.MaxValue : limits.MaxDepth + 1 };
        var reader = new Utf8JsonReader(utf8Json, options);
        try
        {
            return ParseArray(ref reader, utf8Json, limits);
        }
        catch (JsonException e)
        {
            // The body as a whole is broken: this is the one exception a batch can cost, never one per item.
            return EventBatchParseResult.Failure(BadRequest, "the body is not valid JSON: " + e.Message);
        }
    }

    public static EventBatchParseResult Parse(in ReadOnlySequence<byte> utf8Json, EventBatchLimits limits)
    {
        Check(limits);
        if (utf8Json.IsSingleSegment)
        {
            return Parse(utf8Json.FirstSpan, limits);
        }

        if (utf8Json.Length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        // Slots point into one contiguous body, so a segmented one is copied once.
        var length = (int)utf8Json.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            utf8Json.CopyTo(buffer);
            return Parse(buffer.AsSpan(0, length), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads the body, refusing it as soon as it passes <see cref="EventBatchLimits.MaxBytes"/>.</summary>
    public static async ValueTask<EventBatchParseResult> ParseAsync(Stream utf8Json, EventBatchLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        Check(limits);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limits.MaxBytes, 64 * 1024) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limits.MaxBytes)
                    {
                        return TooLarge(limits);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)limits.MaxBytes + 1, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await utf8Json.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return Parse(buffer.AsSpan(0, length), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static EventBatchParseResult ParseArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json, EventBatchLimits limits)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return EventBatchParseResult.Failure(BadRequest, NotAnArray);
        }

        var events = new List<ParsedEvent>();
        var rejected = new List<RejectedEvent>();
        Span<FieldSlot> slots = stackalloc FieldSlot[WireFields.Count];
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index == limits.MaxEvents)
            {
                return EventBatchParseResult.Failure(PayloadTooLarge, $"the batch holds more than {limits.MaxEvents} events");
            }

            var token = reader.TokenType;
            if (token == JsonTokenType.StartObject)
            {
                slots.Clear();
                if (!TryLocateFields(ref reader, slots, limits.MaxDepth))
                {
                    return TooDeep(limits);
                }

                var item = new EventItem(utf8Json, slots, limits);
                if (item.TryBuild(out var floorEvent))
                {
                    events.Add(new ParsedEvent(index, floorEvent));
                }
                else
                {
                    rejected.Add(item.Reject(index));
                }
            }
            else
            {
                if (token == JsonTokenType.StartArray && !TrySkip(ref reader, limits.MaxDepth))
                {
                    return TooDeep(limits);
                }

                rejected.Add(new RejectedEvent(index, null, "$", "not-an-object",
                    $"item {index} is {JsonText.Describe(token)}; every item must be an event object"));
            }

            index++;
        }

        // Reading past the array makes the reader refuse anything after it.
        reader.Read();
        return EventBatchParseResult.Success(events, rejected);
    }

    /// <summary>Notes where each known field of the object at the reader sits; false when it nests too deep.</summary>
    private static bool TryLocateFields(ref Utf8JsonReader reader, scoped Span<FieldSlot> slots, int maxDepth)
    {
        if (reader.CurrentDepth >= maxDepth)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var known = TryFindField(ref reader, out var field);
            reader.Read();
            var token = reader.TokenType;
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var start = (int)reader.TokenStartIndex;
                if (!TrySkip(ref reader, maxDepth))
                {
                    return false;
                }

                if (known)
                {
                    slots[(int)field] = new FieldSlot(token, start, (int)reader.BytesConsumed - start, false);
                }
            }
            else if (known)
            {
                slots[(int)field] = token == JsonTokenType.String
                    ? new FieldSlot(token, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped)
                    : new FieldSlot(token, 0, 0, false);
            }
        }

        return true;
    }

    private static bool TryFindField(ref Utf8JsonReader reader, out WireField field)
    {
        if (!reader.ValueIsEscaped)
        {
            return WireFields.TryFind(reader.ValueSpan, out field);
        }

        // An escaped name is legal JSON ("\u0074ype"); the longest known name is 12 bytes.
        Span<byte> name = stackalloc byte[64];
        field = default;
        return reader.ValueSpan.Length <= name.Length
            && JsonText.TryUnescape(reader.ValueSpan, name, out var written)
            && WireFields.TryFind(name[..written], out field);
    }

    /// <summary>
    /// Moves the reader from a start token to its end, checking every start on the way against the depth
    /// limit; <see cref="Utf8JsonReader.Skip"/> would hide the nested starts from that check.
    /// </summary>
    private static bool TrySkip(ref Utf8JsonReader reader, int maxDepth)
    {
        var depth = reader.CurrentDepth;
        if (depth >= maxDepth)
        {
            return false;
        }

        while (reader.Read())
        {
            var token = reader.TokenType;
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (reader.CurrentDepth >= maxDepth)
                {
                    return false;
                }
            }
            else if (token is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
            {
                return true;
            }
        }

        return true;
    }

    private static void Check(EventBatchLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegative(limits.MaxEvents);
        ArgumentOutOfRangeException.ThrowIfNegative(limits.MaxBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxStringLength, 1);

        // The batch array and its event objects take two levels; fewer could accept nothing.
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxDepth, 2);
    }

    private static EventBatchParseResult TooLarge(EventBatchLimits limits) =>
        EventBatchParseResult.Failure(PayloadTooLarge, $"the body is larger than {limits.MaxBytes} bytes");

    private static EventBatchParseResult TooDeep(EventBatchLimits limits) =>
        EventBatchParseResult.Failure(BadRequest, $"the body nests arrays and objects deeper than {limits.MaxDepth} levels");
}
