using System.Globalization;

namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>
/// Reads queue_log lines. A bad line is reported with its number and reason and never stops the
/// lines after it; a blank line is nothing. Fields are split on '|' and not unescaped (Asterisk
/// writes none): more than five data fields are kept together in the fifth, as a caller name
/// holding a '|' would leave them.
/// </summary>
public static class QueueLogParser
{
    private const int FixedFields = 5;
    private const int DataFields = 5;

    /// <summary>The entry, or the problem, of one line; (null, null) for a blank one.</summary>
    public static (QueueLogEntry? Entry, QueueLogProblem? Problem) Parse(string text, int line)
    {
        var trimmed = text.TrimEnd('\r', '\n');
        if (string.IsNullOrWhiteSpace(trimmed))
        {
            return (null, null);
        }

        var fields = trimmed.Split('|', FixedFields + DataFields);
        if (fields.Length < FixedFields)
        {
            return (null, new(line, "line", $"expected at least {FixedFields} fields (epoch|callid|queue|agent|event), found {fields.Length}"));
        }

        if (!TryEpoch(fields[0], out var at))
        {
            return (null, new(line, "epoch", $"'{Shorten(fields[0])}' is not a Unix time in seconds"));
        }

        var name = fields[4].Trim();
        if (name.Length == 0)
        {
            return (null, new(line, "event", "the event name is empty"));
        }

        return (new QueueLogEntry(line, trimmed, at, fields[1].Trim(), fields[2].Trim(), fields[3].Trim(), name.ToUpperInvariant(), fields[FixedFields..]), null);
    }

    /// <summary>Every line of <paramref name="reader"/>, numbered from <paramref name="firstLine"/>, read as it streams.</summary>
    public static async IAsyncEnumerable<(QueueLogEntry? Entry, QueueLogProblem? Problem)> ReadAsync(TextReader reader, int firstLine = 1)
    {
        var line = firstLine;
        while (await reader.ReadLineAsync() is { } text)
        {
            var parsed = Parse(text, line++);
            if (parsed.Entry is not null || parsed.Problem is not null)
            {
                yield return parsed;
            }
        }
    }

    private static bool TryEpoch(string field, out DateTimeOffset at)
    {
        at = default;
        if (!decimal.TryParse(field.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799m)
        {
            return false;
        }

        at = DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
