using System.Diagnostics;
using System.Globalization;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// silo-config/cluster.sh driven as an operator would, on ports and a folder of the test's own:
/// Redis, PostgreSQL, three silo hosts, two front ends and haproxy, all real processes on loopback.
/// </summary>
public sealed class ClusterScript : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "contactcenter-cluster", Guid.NewGuid().ToString("N"));
    // A base port and the ones the script numbers from it (front end n listens on base + n).
    private readonly int frontBase = FreePort.ScriptBase();
    private readonly int balancerPort = FreePort.Next();

    /// <param name="settings">Configuration every process of the cluster gets, as environment variables (Section__Key).</param>
    public ClusterScript(IReadOnlyDictionary<string, string>? settings = null)
    {
        environment = new()
        {
            ["CLUSTER_DIR"] = folder,
            ["REDIS_PORT"] = Port(FreePort.Next()),
            ["PG_PORT"] = Port(FreePort.Next()),
            ["FRONT_BASE"] = Port(frontBase),
            ["LB_PORT"] = Port(balancerPort),
            ["SILO_BASE"] = Port(FreePort.ScriptBase()),
            ["GATEWAY_BASE"] = Port(FreePort.ScriptBase()),
            ["CONFIGURATION"] = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug",
            ["CLUSTER_NO_BUILD"] = "1",
            ["Security__Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
    }

    public Uri Front(int n) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{frontBase + n}"));

    /// <summary>haproxy in front of the front ends.</summary>
    public Uri Balancer => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{balancerPort}"));

    public string Logs => Path.Combine(folder, "logs");

    /// <summary>
    /// Copies the processes' logs to test-results/ (the cluster's own folder goes when it is
    /// disposed) and says where: for a failure to be read after the run.
    /// </summary>
    public string KeepLogs(string name)
    {
        var kept = Path.Combine(Chromium.ResultsFolder, $"cluster-logs-{name}-{Path.GetFileName(folder)}");
        Directory.CreateDirectory(kept);
        foreach (var file in Directory.Exists(Logs) ? Directory.GetFiles(Logs) : [])
        {
            File.Copy(file, Path.Combine(kept, Path.GetFileName(file)), overwrite: true);
        }

        return kept;
    }

    /// <summary>The front ends' error lines (JSON, one per entry, with the exception), for a test that saw an answer it must not see.</summary>
    public string FrontEndErrors(int most = 5)
    {
        var errors = Directory.Exists(Logs)
            ? Directory.GetFiles(Logs, "front-*.log").SelectMany(File.ReadLines)
                .Where(line => line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal))
                .Take(most).ToList()
            : [];
        return errors.Count == 0 ? "(no errors in the front ends' logs)" : string.Join("\n", errors.Select(e => e.Length > 4000 ? e[..4000] + "..." : e));
    }

    /// <summary>haproxy's stickiness cookie naming front end <paramref name="n"/>: a client holding it starts there.</summary>
    public System.Net.CookieContainer StickTo(int n)
    {
        var cookies = new System.Net.CookieContainer();
        cookies.Add(Balancer, new System.Net.Cookie("CC_FRONT", string.Create(CultureInfo.InvariantCulture, $"front{n}")));
        return cookies;
    }

    /// <summary>Runs a cluster.sh command; returns its standard output, or fails with both streams.</summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(ProductProcess.RepositoryRoot(), "silo-config", "cluster.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }

        return await output;
    }

    /// <summary>Brings the cluster down and checks that nothing it started is left running.</summary>
    public async ValueTask DisposeAsync()
    {
        var started = RecordedProcesses();
        try
        {
            await RunAsync("down");
            await AssertGoneAsync(started);
        }
        finally
        {
            // KEEP_CLUSTER=1 keeps the processes' logs to read after a failed run.
            if (Environment.GetEnvironmentVariable("KEEP_CLUSTER") is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private List<int> RecordedProcesses()
    {
        var pids = Path.Combine(folder, "pids");
        return Directory.Exists(pids)
            ? [.. Directory.GetFiles(pids).Select(file => int.Parse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture))]
            : [];
    }

    private static async Task AssertGoneAsync(List<int> pids)
    {
        var waited = Stopwatch.StartNew();
        while (pids.Where(IsRunning).ToList() is { Count: > 0 } left)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(15))
            {
                throw new InvalidOperationException($"cluster.sh down left processes running: {string.Join(", ", left)}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Alive and not a zombie waiting for a parent that never reaps it.</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..].FirstOrDefault() != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
