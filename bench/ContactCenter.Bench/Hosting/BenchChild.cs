using System.Diagnostics;

namespace ContactCenter.Bench.Hosting;

/// <summary>
/// The benchmark run again as a child process in one of its client roles (<c>--hold-connections</c>,
/// <c>--hold-pages</c>): clients in a process of their own leave this process's heap, which hosts
/// the server, to the server's share.
/// </summary>
public static class BenchChild
{
    /// <summary>The benchmark's own executable beside its assembly (also where the smoke test's build puts it), or the dotnet host running the assembly.</summary>
    public static ProcessStartInfo Start(string flag)
    {
        var assembly = typeof(BenchChild).Assembly.Location;
        var apphost = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        var start = new ProcessStartInfo(File.Exists(apphost) ? apphost : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!File.Exists(apphost))
        {
            start.ArgumentList.Add(assembly);
        }

        start.ArgumentList.Add(flag);
        return start;
    }
}
