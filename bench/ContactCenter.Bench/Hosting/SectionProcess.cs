using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ContactCenter.Bench.Results;

namespace ContactCenter.Bench.Hosting;

/// <summary>
/// A section of a whole run in a process of its own, which hands its figures back as JSON. Run one
/// after another in one process, a section inherits what the ones before it left: a heap grown to
/// hold a dozen floors, the collector's budgets sized for them, the thread pool's injected threads.
/// The full run's fan-out read 559 ms at p99 that way, where the live section alone read 360 to
/// 372 (and the first full run with a process per section, 374).
/// </summary>
public static class SectionProcess
{
    public const string Flag = "--section";

    /// <summary>Runs <paramref name="section"/> in a child process and reads back its figures; the child's output goes to <paramref name="log"/> as it comes.</summary>
    public static async Task<T> RunAsync<T>(string section, BenchMode mode, TextWriter log)
    {
        var figures = Path.Combine(Path.GetTempPath(), $"contactcenter-bench-{section}-{Guid.NewGuid():N}.json");
        string[] arguments = [Flag, section, mode.ToString(), figures];
        var start = BenchChild.StartInfo(Live.LiveBench.Trace ? [.. arguments, "--trace"] : arguments);
        start.RedirectStandardInput = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"the {section} section's process did not start");
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                errors.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            log.WriteLine(line);
        }

        await process.WaitForExitAsync();
        try
        {
            string said;
            lock (errors)
            {
                said = errors.ToString().Trim();
            }

            if (process.ExitCode != 0 || !File.Exists(figures))
            {
                throw new InvalidOperationException($"the {section} section's process exited with code {process.ExitCode}: {Tail(said)}");
            }

            if (said.Length > 0)
            {
                log.WriteLine(said);
            }

            return JsonSerializer.Deserialize<T>(await File.ReadAllTextAsync(figures), ResultsWriter.Json)
                ?? throw new InvalidDataException($"the {section} section's process wrote no figures");
        }
        finally
        {
            File.Delete(figures);
        }
    }

    /// <summary>The child's side: runs the section, then writes its figures where the parent reads them.</summary>
    public static async Task<int> ChildAsync(string section, string mode, string figuresPath, Func<string, BenchMode, TextWriter, Task<object>> run)
    {
        var figures = await run(section, Enum.Parse<BenchMode>(mode), Console.Out);
        await File.WriteAllTextAsync(figuresPath, JsonSerializer.Serialize(figures, figures.GetType(), ResultsWriter.Json));
        return 0;
    }

    /// <summary>The end of what a failed child wrote: the exception is there.</summary>
    private static string Tail(string text) => text.Length <= 4_000 ? text : text[^4_000..];
}
