using System.Text.Json;
using ContactCenter.Contracts.Grains;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// Every figure a fault must not change, read from the grains: each queue's 15-minute intervals
/// and totals over the day, and each agent's day. Compared as text so a difference reads plainly.
/// </summary>
public static class FloorFigures
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<Dictionary<string, string>> ReadAsync(IGrainFactory grains, IEnumerable<string> queues, IEnumerable<string> agents, DateTimeOffset dayStart)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var queue in queues)
        {
            var stats = await grains.GetGrain<IQueueGrain>(queue).GetStats(dayStart, dayStart.AddDays(1));
            figures[$"queue {queue}"] = JsonSerializer.Serialize(stats, Json);
        }

        foreach (var agent in agents)
        {
            var snapshot = await grains.GetGrain<IAgentGrain>(agent).GetSnapshot();
            figures[$"agent {agent}"] = JsonSerializer.Serialize(snapshot?.Today, Json);
        }

        return figures;
    }

    /// <summary>The keys whose figures differ, each with its differing lines, for the assertion message.</summary>
    public static string Differences(Dictionary<string, string> expected, Dictionary<string, string> actual) =>
        string.Join("\n", expected.Keys.Union(actual.Keys)
            .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))
            .Take(8)
            .Select(k => $"{k}: {LineDifferences(expected.GetValueOrDefault(k) ?? "", actual.GetValueOrDefault(k) ?? "")}"));

    private static string LineDifferences(string expected, string actual)
    {
        var (e, a) = (expected.Split('\n'), actual.Split('\n'));
        var lines = Enumerable.Range(0, Math.Max(e.Length, a.Length))
            .Where(i => e.ElementAtOrDefault(i) != a.ElementAtOrDefault(i))
            .Take(6)
            .Select(i => $"\n  line {i}: expected {e.ElementAtOrDefault(i)?.Trim()} | actual {a.ElementAtOrDefault(i)?.Trim()}");
        return string.Concat(lines);
    }
}
