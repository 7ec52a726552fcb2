using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// Broken promises collected over many requests and reported grouped by cause (the fault and the first exception
/// the server logged), each group with its count, its first input exactly as sent, the answer and the server's stack.
/// </summary>
public sealed partial class Failures
{
    private readonly ConcurrentDictionary<string, (int Count, string Example)> groups = new();

    public bool IsEmpty => groups.IsEmpty;

    public int Count => groups.Values.Sum(g => g.Count);

    public void Add(string fault, string input, Outcome outcome, string serverLog)
    {
        var cause = Cause(serverLog);
        var key = fault + " | " + cause;
        var example = $"{fault}\n  input: {input}\n  answer: {outcome}\n  server log: {Trim(serverLog)}";
        groups.AddOrUpdate(key, (1, example), (_, g) => (g.Count + 1, g.Example));
    }

    public string Report(string what, int total)
    {
        var text = new StringBuilder($"{Count} of {total} {what} broke the promise, in {groups.Count} kind(s):\n");
        foreach (var (key, (count, example)) in groups.OrderByDescending(g => g.Value.Count))
        {
            text.Append($"\n=== {count} x {key}\n{example}\n");
        }

        return text.ToString();
    }

    /// <summary>The first exception line of the log, numbers blanked, plus the first frame of the app's own code.</summary>
    private static string Cause(string serverLog)
    {
        var lines = serverLog.Split('\n');
        var exception = lines.FirstOrDefault(l => ExceptionLine().IsMatch(l));
        if (exception is null)
        {
            return "no server error logged";
        }

        var frame = lines.FirstOrDefault(l => l.TrimStart().StartsWith("at ContactCenter.", StringComparison.Ordinal))?.Trim() ?? string.Empty;
        frame = Regex.Replace(frame, @" in .*$", string.Empty);
        return Digits().Replace(exception.Trim(), "#") + " " + frame;
    }

    /// <summary>The log up to the first stack's end: enough to place the fault, short enough to read.</summary>
    private static string Trim(string serverLog)
    {
        var lines = serverLog.Split('\n');
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("---", StringComparison.Ordinal) && kept.Count > 0)
            {
                break;
            }

            if (line.TrimStart().StartsWith("at ", StringComparison.Ordinal)
                && !line.Contains("ContactCenter.", StringComparison.Ordinal)
                && kept.Count(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal)) > 3)
            {
                continue;
            }

            kept.Add(line);
        }

        return string.Join("\n", kept);
    }

    [GeneratedRegex(@"^\s*[\w.]+(Exception|Error)\b")]
    private static partial Regex ExceptionLine();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
