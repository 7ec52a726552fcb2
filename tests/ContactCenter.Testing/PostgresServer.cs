using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ContactCenter.Testing;

/// <summary>
/// A throwaway PostgreSQL server of the test's own: Debian's postgresql binaries, a data folder
/// in the temporary folder, a free loopback port, trust authentication. Run as root (CI), the
/// server runs as the postgres user, since PostgreSQL refuses root. Stopped and deleted on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string folder;
    private readonly string bin;

    private PostgresServer(string folder, string bin, int port)
    {
        this.folder = folder;
        this.bin = bin;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The connection string of a database on this server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "cc", Database = database, Pooling = true }.ToString();

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = Binaries() ?? throw new InvalidOperationException(
            "PostgreSQL's server binaries were not found (/usr/lib/postgresql/*/bin): install Debian's postgresql package (.ci/run does)");
        var folder = Path.Combine(Path.GetTempPath(), "contactcenter-tests", $"pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var server = new PostgresServer(folder, bin, FreePort.Next());
        try
        {
            if (Environment.UserName == "root")
            {
                await RunAsync("chown", "-R", "postgres", folder);
            }

            await server.AsServerUserAsync("initdb", "-D", server.Data, "-U", "cc", "--auth=trust", "-E", "UTF8", "--no-sync");
            await server.AsServerUserAsync(
                "pg_ctl", "-D", server.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start",
                "-o", string.Create(CultureInfo.InvariantCulture, $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new empty database.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "history")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(Data))
        {
            try
            {
                await AsServerUserAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // Never started: nothing to stop.
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    private string Data => Path.Combine(folder, "data");

    private Task AsServerUserAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(bin, tool);
        return Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    private static string? Binaries()
    {
        const string root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}{await output}");
        }
    }
}
