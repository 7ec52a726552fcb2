using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Bench.Results;

/// <summary>
/// Writes results.json (every figure, for machines) and RESULTS.md (the same, for people). The
/// analysis below <see cref="KeptMarker"/> in RESULTS.md is written by hand and kept across runs.
/// </summary>
public static class ResultsWriter
{
    public const string KeptMarker = "<!-- Written by hand below this line; the benchmark keeps it when it rewrites the figures above. -->";

    /// <summary>How figures are written, here and by a section's own process (<see cref="Hosting.SectionProcess"/>).</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task WriteAsync(BenchResults results, string folder)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(results, Json));
        var markdown = Path.Combine(folder, "RESULTS.md");
        var kept = File.Exists(markdown) ? KeptPart(await File.ReadAllTextAsync(markdown)) : string.Empty;
        await File.WriteAllTextAsync(markdown, ResultsMarkdown.Render(results) + "\n" + KeptMarker + kept);
    }

    private static string KeptPart(string markdown)
    {
        var at = markdown.IndexOf(KeptMarker, StringComparison.Ordinal);
        return at < 0 ? "\n" : markdown[(at + KeptMarker.Length)..];
    }
}
