using System.Text;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>
/// One Asterisk Manager Interface message: its <c>Key: Value</c> lines in the order they came.
/// Keys are case-insensitive (Asterisk is not consistent: <c>ActionID</c>, <c>ActionId</c>), and a
/// key may repeat (<c>ChanVariable</c>, <c>Variable</c>), so the lines are kept as a list.
/// </summary>
public sealed class AmiMessage
{
    public AmiMessage(IEnumerable<KeyValuePair<string, string>> fields)
    {
        Fields = [.. fields];
    }

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    /// <summary>The first value of <paramref name="key"/>, or null when the message has none.</summary>
    public string? this[string key]
    {
        get
        {
            foreach (var (k, v) in Fields)
            {
                if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
                {
                    return v;
                }
            }

            return null;
        }
    }

    /// <summary>Every value of a repeated key, in order.</summary>
    public IEnumerable<string> Values(string key) =>
        Fields.Where(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase)).Select(f => f.Value);

    public bool IsEvent => this["Event"] is not null;

    public bool IsResponse => !IsEvent && this["Response"] is not null;

    /// <summary>The event's name or the response's verdict (<c>Success</c>, <c>Error</c>, ...).</summary>
    public string? Name => this["Event"] ?? this["Response"];

    public string? ActionId => this["ActionID"];

    /// <summary>An action or message from its fields in order.</summary>
    public static AmiMessage Of(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    /// <summary>
    /// The message as it goes on the wire: <c>Key: Value\r\n</c> lines and a blank line. Line
    /// breaks inside a value would end the line early and let the rest be read as another field,
    /// so they are refused rather than sent.
    /// </summary>
    public string Format()
    {
        var text = new StringBuilder();
        foreach (var (key, value) in Fields)
        {
            if (key.AsSpan().IndexOfAny('\r', '\n') >= 0 || value.AsSpan().IndexOfAny('\r', '\n') >= 0 || key.Contains(':'))
            {
                throw new ArgumentException($"AMI field '{key}' cannot carry a line break, nor a ':' in its key.", nameof(Fields));
            }

            text.Append(key).Append(": ").Append(value).Append("\r\n");
        }

        return text.Append("\r\n").ToString();
    }

    public override string ToString() => string.Join(", ", Fields.Select(f => $"{f.Key}: {f.Value}"));
}
