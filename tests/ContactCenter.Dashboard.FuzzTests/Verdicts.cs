using System.Text.Json;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// What the README promises of every answer: a 2xx or a 4xx, never a 5xx or silence; a refused request says why;
/// an accepted batch accounts for every item, and every rejected item says why.
/// </summary>
public static class Verdicts
{
    /// <summary>The faults of one POST /api/events answer (none: it keeps every promise).</summary>
    public static string? OfEventsReply(FuzzCase fuzz, Outcome outcome)
    {
        if (Basic(outcome) is { } basic)
        {
            return basic;
        }

        if (outcome.Code is >= 400 and < 500)
        {
            return ReasonOf(outcome, outcome.Code is 400 or 413 ? ["reason"] : ["reason", "detail", "title"]) is null
                ? $"a {outcome.Code} without a reason"
                : null;
        }

        if (outcome.Code != 200)
        {
            return null;
        }

        JsonElement body;
        try
        {
            body = JsonDocument.Parse(outcome.Body).RootElement;
        }
        catch (JsonException e)
        {
            return "a 200 whose body is not JSON: " + e.Message;
        }

        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("accepted", out var accepted) || accepted.ValueKind != JsonValueKind.Number
            || !body.TryGetProperty("duplicates", out var duplicates) || duplicates.ValueKind != JsonValueKind.Number
            || !body.TryGetProperty("rejected", out var rejected) || rejected.ValueKind != JsonValueKind.Array)
        {
            return "a 200 that is not {accepted, duplicates, rejected}";
        }

        var items = CountItems(fuzz.Body);
        var previous = -1;
        foreach (var item in rejected.EnumerateArray())
        {
            if (!item.TryGetProperty("index", out var index) || index.ValueKind != JsonValueKind.Number)
            {
                return "a rejected item without an index";
            }

            var i = index.GetInt32();
            if (i <= previous || i < 0 || (items is { } n && i >= n))
            {
                return $"rejected index {i} out of order or out of range (after {previous}, of {items} items)";
            }

            previous = i;
            if (!item.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(reason.GetString()))
            {
                return $"rejected item {i} without a reason";
            }

            if (!item.TryGetProperty("field", out var field) || field.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(field.GetString()))
            {
                return $"rejected item {i} without the field at fault";
            }
        }

        var total = accepted.GetInt32() + duplicates.GetInt32() + rejected.GetArrayLength();
        if (accepted.GetInt32() < 0 || duplicates.GetInt32() < 0)
        {
            return "negative counts";
        }

        if (items is null)
        {
            return $"a 200 for a body that is not a readable JSON array (the test's own reader refuses it)";
        }

        return total != items ? $"{items} items in, but accepted + duplicates + rejected = {total}: an item went unaccounted" : null;
    }

    /// <summary>The faults of any answer of a read endpoint: anything but a 2xx or a 4xx in time (a routing 404 may have no body).</summary>
    public static string? OfReadReply(Outcome outcome) => Basic(outcome);

    private static string? Basic(Outcome outcome)
    {
        if (outcome.TimedOut)
        {
            return $"no answer within {FuzzClient.Deadline.TotalSeconds:0} s (a hang)";
        }

        if (outcome.ClientError is not null)
        {
            return outcome.ClientError;
        }

        return outcome.Code is (>= 200 and < 300) or (>= 400 and < 500) ? null : $"status {outcome.Code}";
    }

    private static string? ReasonOf(Outcome outcome, string[] names)
    {
        try
        {
            using var document = JsonDocument.Parse(outcome.Body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var name in names)
            {
                if (document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
                {
                    return value.GetString();
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    /// <summary>How many items the body's top-level array holds, by the test's own reader; null when it is not a readable array.</summary>
    public static int? CountItems(byte[] body)
    {
        ReadOnlySpan<byte> span = body;
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return null;
            }

            var count = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                reader.Skip();
                count++;
            }

            while (reader.Read())
            {
            }

            return count;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
