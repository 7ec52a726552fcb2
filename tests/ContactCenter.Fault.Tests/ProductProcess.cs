using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ContactCenter.Fault.Tests;

/// <summary>
/// The embedded product as an operator runs it: its own process (built dashboard, this
/// repository's silo-config), on loopback ports, with its grain state in a file the test names
/// and its history in a file beside it.
/// <see cref="Kill"/> is SIGKILL: nothing runs on the way out.
/// </summary>
public sealed class ProductProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();
    private bool disposed;

    private ProductProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public static ProductProcess Start(string statePath, int httpPort, params string[] settings)
    {
        var root = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(root, "dashboard", "ContactCenter.Dashboard", "bin", configuration, "net10.0", "ContactCenter.Dashboard.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            dll,
            "--urls", $"http://127.0.0.1:{httpPort}",
            $"--Orleans:StatePath={statePath}",
            $"--ConnectionStrings:History={FloorApp.HistoryConnection(statePath)}",
            $"--Orleans:SiloPort={FreePort.Next()}",
            $"--Orleans:GatewayPort={FreePort.Next()}",
            $"--Orleans:ClusterId=fault-{Guid.NewGuid():N}",
            "--Simulator:Enabled=false",
            .. settings,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ProductProcess(Process.Start(start)!, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}")));
    }

    /// <summary>Waits until the product answers ready, or fails with its log.</summary>
    /// <summary>Starts the product and waits (up to 90 s) until it answers ready; stops it if it never does.</summary>
    public static async Task<ProductProcess> StartReadyAsync(string statePath, int httpPort, params string[] settings)
    {
        var product = Start(statePath, httpPort, settings);
        try
        {
            await product.WaitReadyAsync(TimeSpan.FromSeconds(90));
            return product;
        }
        catch
        {
            await product.DisposeAsync();
            throw;
        }
    }

    public async Task WaitReadyAsync(TimeSpan deadline)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the product exited with {process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the product was not ready within {deadline}:\n{Log}");
    }

    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    /// <summary>A state file of the test's own, in the temporary folder; <see cref="DeleteStateFile"/> removes it and its WAL.</summary>
    public static string NewStateFile(string name) => Path.Combine(Path.GetTempPath(), "contactcenter-tests", $"{name}-{Guid.NewGuid():N}.db");

    public static void DeleteStateFile(string path)
    {
        SqliteFiles.Delete(path, FloorApp.HistoryFile(path));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactCenter.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContactCenter.sln not found above the test's folder");
    }
}
