using System.Text;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>One request of the fuzz corpus: the body exactly as sent, how it is sent, and a name to report it by.</summary>
public sealed record FuzzCase(string Category, string Name, byte[] Body, string? ContentType = "application/json", bool Chunked = false)
{
    public static FuzzCase Text(string category, string name, string body, string? contentType = "application/json", bool chunked = false) =>
        new(category, name, Raw.Bytes(body), contentType, chunked);

    /// <summary>The input as a report shows it: its size, how it was sent, and its start with every odd byte escaped.</summary>
    public string Describe(int max = 400)
    {
        var text = new StringBuilder();
        text.Append($"{Category}/{Name}: {Body.Length} bytes, Content-Type {(ContentType is null ? "(none)" : "'" + ContentType + "'")}{(Chunked ? ", chunked" : string.Empty)}, body: ");
        foreach (var b in Body.AsSpan(0, Math.Min(max, Body.Length)))
        {
            text.Append(b is >= 0x20 and < 0x7F ? (char)b : $"\\x{b:X2}");
        }

        if (Body.Length > max)
        {
            text.Append($"... (+{Body.Length - max} bytes)");
        }

        return text.ToString();
    }

    public override string ToString() => $"{Category}/{Name}";
}
