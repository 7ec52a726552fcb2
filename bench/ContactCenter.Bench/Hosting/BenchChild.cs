using System.Diagnostics;
using System.Text;

namespace ContactCenter.Bench.Hosting;

/// <summary>
/// The benchmark run again as a child process in one of its client roles (<c>--hold-connections</c>,
/// <c>--hold-pages</c>): clients in a process of their own leave this process's heap, which hosts
/// the server, to the server's share. The two talk in lines over the child's standard input and
/// output; closing its input tells it to let go and exit.
/// </summary>
public sealed class BenchChild : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly string role;
    private readonly StringBuilder errors = new();

    private BenchChild(Process process, string role)
    {
        this.process = process;
        this.role = role;
        // Read as it comes, so a chatty child never blocks on a full pipe; kept short for the error message.
        process.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                if (line.Data is { } text && errors.Length < 4_000)
                {
                    errors.AppendLine(text);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    /// <param name="flag">The child's role, as <c>Program.cs</c> dispatches it.</param>
    /// <param name="role">What the child is called in an error ("the connection holder").</param>
    public static BenchChild Start(string flag, string role) =>
        new(Process.Start(StartInfo(flag)) ?? throw new InvalidOperationException($"{role} did not start"), role);

    public async Task SendAsync(params string[] lines)
    {
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        await process.StandardInput.FlushAsync();
    }

    /// <summary>The child's next line, which must pass <paramref name="expected"/>: anything else, or nothing in time, ends the run with what the child said.</summary>
    public async Task<string> ExpectAsync(Func<string, bool> expected)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            line = $"nothing within {Deadline.TotalMinutes:0} minutes";
        }

        if (line is not null && expected(line))
        {
            return line;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        lock (errors)
        {
            throw new InvalidOperationException($"{role} said '{line}': {errors}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.StandardInput.Close();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(exit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }

    /// <summary>The benchmark's own executable beside its assembly (also where the smoke test's build puts it), or the dotnet host running the assembly.</summary>
    internal static ProcessStartInfo StartInfo(params string[] arguments)
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

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
