using System.Text;

namespace ContactCenter.Ingestion;

/// <summary>
/// The wire names of an enum-valued field, matched on UTF-8 bytes so that a valid value costs no string.
/// Written by hand rather than read from the attributes: the wire is a contract, a test checks they agree.
/// </summary>
internal sealed class WireChoices<T>
    where T : struct
{
    private readonly byte[][] names;
    private readonly T[] values;

    public WireChoices(params (string Name, T Value)[] choices)
    {
        names = new byte[choices.Length][];
        values = new T[choices.Length];
        var texts = new string[choices.Length];
        for (var i = 0; i < choices.Length; i++)
        {
            texts[i] = choices[i].Name;
            names[i] = Encoding.UTF8.GetBytes(texts[i]);
            values[i] = choices[i].Value;
        }

        Listed = texts.Length < 2 ? string.Concat(texts) : string.Join(", ", texts[..^1]) + " or " + texts[^1];
    }

    /// <summary>The names for a sentence: "regular, high-value or vip".</summary>
    public string Listed { get; }

    /// <summary>Appended to the detail of a value that does not match, when the names alone do not say enough.</summary>
    public string Hint { get; init; } = string.Empty;

    public bool TryMatch(ReadOnlySpan<byte> utf8, out T value)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (utf8.SequenceEqual(names[i]))
            {
                value = values[i];
                return true;
            }
        }

        value = default;
        return false;
    }
}
