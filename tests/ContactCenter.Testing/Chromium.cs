using System.Diagnostics;

namespace ContactCenter.Testing;

/// <summary>Debian's chromium as the browser tests launch it.</summary>
public static class Chromium
{
    /// <summary>Root in a sandboxless container, on a machine with no network beyond the registries.</summary>
    public static readonly string[] Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    /// <summary>CHROMIUM_PATH if set, else what `command -v chromium` finds.</summary>
    public static string ExecutablePath()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            return configured;
        }

        using var which = Process.Start(new ProcessStartInfo("sh", "-c \"command -v chromium\"") { RedirectStandardOutput = true })!;
        var path = which.StandardOutput.ReadToEnd().Trim();
        which.WaitForExit();
        return path.Length > 0 ? path : throw new InvalidOperationException("chromium is not installed: apt-get install -y chromium");
    }

    /// <summary>test-results/ at the repository root, where screenshots go.</summary>
    public static string ResultsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContactCenter.sln")))
            {
                dir = dir.Parent;
            }

            var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "test-results");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
