using System.Diagnostics;
using ContactCenter.Bench.Throughput;
using ContactCenter.Hosting;
using Microsoft.Extensions.Configuration;
using ContactCenter.Domain.Configuration;

namespace ContactCenter.Bench.Baseline;

/// <summary>Runs the stream through <see cref="BaselineFloor"/>: warm-up untimed, then the measured events timed.</summary>
public static class BaselineBench
{
    public const string Path = "baseline loop";

    public static ThroughputRun Run(FloorStream stream, TextWriter log)
    {
        var floor = new BaselineFloor(new FloorSettings(ProductConfiguration()));
        foreach (var batch in stream.WarmUp)
        {
            foreach (var e in batch)
            {
                floor.Apply(e);
            }
        }

        var warmUpRejected = floor.Rejected;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var (accepted, duplicates, rejected) = (floor.Accepted, floor.Duplicates, floor.Rejected);
        foreach (var batch in stream.Measured)
        {
            foreach (var e in batch)
            {
                floor.Apply(e);
            }
        }

        watch.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var run = new ThroughputRun(Path, stream.MeasuredEvents, watch.Elapsed.TotalSeconds, cpuUsed.TotalSeconds,
            floor.Accepted - accepted, floor.Duplicates - duplicates, floor.Rejected - rejected);
        log.WriteLine($"  {run} (warm-up rejected {warmUpRejected:N0}, alerts raised {floor.AlertsRaised:N0})");
        return run;
    }

    /// <summary>The thresholds the product runs with: the local profile, as the bench hosts load it.</summary>
    private static IConfiguration ProductConfiguration()
    {
        var configuration = new ConfigurationManager();
        configuration["Profile"] = "local";
        configuration.AddSiloProfile();
        return configuration;
    }
}
