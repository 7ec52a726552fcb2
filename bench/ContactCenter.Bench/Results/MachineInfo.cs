using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace ContactCenter.Bench.Results;

/// <summary>Where the figures were measured: they mean little without it.</summary>
public sealed record MachineInfo(string Cpu, int Cores, double MemoryGiB, string Os, string Runtime, string Gc, string Jit)
{
    public static MachineInfo Current() => new(
        CpuModel(),
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC ? "server" : "workstation",
        Hosting.JitTiering.Immediate ? "tiered with PGO, no tier-up delay" : "tiered with PGO");

    public override string ToString() => $"{Cpu}, {Cores} cores, {MemoryGiB} GiB, {Os}, {Runtime}, {Gc} GC, JIT {Jit}";

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var line = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    /// <summary>The commit measured, with "-dirty" when tracked files other than the benchmark's own results have changed; "unknown" outside a git checkout.</summary>
    public static string Commit()
    {
        var head = Git("rev-parse --short HEAD");
        if (head is null)
        {
            return "unknown";
        }

        var changes = Git("status --porcelain --untracked-files=no -- . :!bench/RESULTS.md :!bench/results.json");
        return string.IsNullOrWhiteSpace(changes) ? head : head + "-dirty";
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
