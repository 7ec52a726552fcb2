using System.Text.Json;
using ContactCenter.Bench;
using ContactCenter.Bench.Results;
using Xunit.Abstractions;

namespace ContactCenter.Bench.Tests;

/// <summary>
/// CI's guard against a benchmark that rots: the smoke run (seconds) goes through every section
/// and writes every figure. It asserts that figures are produced, never how fast they are:
/// speed lives in bench/RESULTS.md, measured on a quiet machine.
/// </summary>
public sealed class BenchSmokeTests(ITestOutputHelper output)
{
    private static readonly string[] RequiredFigures =
    [
        "grainEventsPerSec", "httpEventsPerSec", "baselineEventsPerSec", "grainCpuMicrosPerEvent", "grainAllocatedBytesPerEvent", "grainMessagesPerEvent", "httpToGrainRatio", "grainOpsDashboardCpuMicrosPerEvent",
        "eventToClientP50Ms", "eventToClientP99Ms", "alertToClientP99Ms",
        "fanoutClients", "fanoutEventsPerSec", "fanoutMessagesPerSec", "fanoutP99Ms", "agentClients", "agentClientP99Ms", "bytesPerConnection", "bytesPerAgentPage", "bytesPerCallGrain", "bytesPerAgentGrain", "soakHeapGrowthBytesPerHour",
    ];

    [Fact]
    public async Task The_smoke_run_writes_every_figure_the_issue_names()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"bench-smoke-{Guid.NewGuid():N}");
        try
        {
            var log = new StringWriter();
            var exit = await BenchProgram.RunAsync(BenchMode.Smoke, folder, log);
            output.WriteLine(log.ToString());
            Assert.Equal(0, exit);

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "results.json")));
            var root = json.RootElement;
            Assert.Equal("smoke", root.GetProperty("mode").GetString());
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("commit").GetString()));
            Assert.True(root.GetProperty("machine").GetProperty("cores").GetInt32() > 0);
            foreach (var name in RequiredFigures)
            {
                Assert.True(root.TryGetProperty(name, out var figure), $"results.json lacks {name}");
                // NaN would be written as a string: a number here means something was measured.
                Assert.Equal(JsonValueKind.Number, figure.ValueKind);
                // The runtime's allocation total may go backwards when the collector lets a heap go: a run then reports none (0).
                if (!name.StartsWith("bytesPer", StringComparison.Ordinal) && !name.StartsWith("soak", StringComparison.Ordinal) && name != "grainAllocatedBytesPerEvent")
                {
                    // A heap difference of a few hundred grains may come out at any size; rates and latencies are positive or nothing ran.
                    Assert.True(figure.GetDouble() > 0, $"{name} is {figure.GetDouble()}: nothing was measured");
                }
            }

            var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "RESULTS.md"));
            Assert.Contains("## Figures and targets", markdown);
            Assert.Contains(ResultsWriter.KeptMarker, markdown);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
