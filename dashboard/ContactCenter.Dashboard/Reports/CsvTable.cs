using System.Globalization;
using System.Text;

namespace ContactCenter.Dashboard.Reports;

/// <summary>
/// A CSV file a supervisor opens in a spreadsheet: RFC 4180 quoting, invariant culture, and text
/// cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
/// return) neutralised with a leading apostrophe. Numbers are written as numbers, never neutralised.
/// </summary>
public sealed class CsvTable
{
    private readonly StringBuilder text = new();

    public CsvTable(params string[] header) => Row(header.Select(Text).ToArray());

    public static Cell Text(string? value) => new(Neutralise(value ?? ""));

    public static Cell Number(double? value, string format = "0.###") => new(value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "");

    public static Cell Number(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    public static Cell Date(DateOnly value) => new(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static Cell Time(DateTimeOffset value) => new(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    public CsvTable Row(params Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            Quote(cells[i].Value);
        }

        text.Append("\r\n");
        return this;
    }

    public override string ToString() => text.ToString();

    private void Quote(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(value);
            return;
        }

        text.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }

    private static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>One cell, already formatted.</summary>
    public readonly record struct Cell(string Value);
}
