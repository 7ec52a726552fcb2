using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ContactCenter.History.Store;

/// <summary>
/// Opens contexts on the configured database and brings its schema up to date once, before the
/// first use. EF Core takes a database-wide lock while it migrates (an advisory lock on
/// PostgreSQL), so when every silo and front end of a cluster starts at once, exactly one applies
/// the migrations and the others find them applied.
/// </summary>
public sealed class HistoryDatabase
{
    /// <summary>An arbitrary number the history's processes agree on ("CCHISTMG" in ASCII).</summary>
    private const long MigrationLockKey = 0x4343484953544D47;

    private readonly Func<HistoryContext> open;
    private readonly object gate = new();
    private Task? ready;
    private readonly ILogger log;
    private readonly SqliteConnection? keepAlive;

    public HistoryDatabase(HistoryOptions options, string connectionString, ILogger<HistoryDatabase> log)
    {
        this.log = log;
        ConnectionString = connectionString;
        IsPostgres = options.IsPostgres;
        if (IsPostgres)
        {
            var pool = new PooledDbContextFactory<PostgresHistoryContext>(new DbContextOptionsBuilder<PostgresHistoryContext>().UseNpgsql(connectionString).Options);
            open = pool.CreateDbContext;
            Where = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ToString();
        }
        else
        {
            var sqlite = new SqliteConnectionStringBuilder(connectionString);
            if (sqlite.DataSource == ":memory:")
            {
                // A throwaway history for tests and measurements that keep no state: one shared
                // in-memory database, alive while this process holds a connection to it.
                sqlite.DataSource = $"history-{Guid.NewGuid():N}";
                sqlite.Mode = SqliteOpenMode.Memory;
                sqlite.Cache = SqliteCacheMode.Shared;
                connectionString = sqlite.ToString();
                keepAlive = new SqliteConnection(connectionString);
                keepAlive.Open();
                InMemory = true;
            }

            var pool = new PooledDbContextFactory<SqliteHistoryContext>(new DbContextOptionsBuilder<SqliteHistoryContext>().UseSqlite(connectionString).Options);
            open = pool.CreateDbContext;
            Where = new SqliteConnectionStringBuilder(connectionString).DataSource;
        }

    }

    public bool IsPostgres { get; }

    /// <summary>As configured (a SQLite ":memory:" one stays as given).</summary>
    public string ConnectionString { get; }

    /// <summary>A SQLite database in memory ("Data Source=:memory:"): gone with the process.</summary>
    public bool InMemory { get; }

    /// <summary>Where the history is, for logs and health (no password).</summary>
    public string Where { get; }

    /// <summary>
    /// Completes once the schema is current. A migration that failed (the database was not up
    /// yet) is tried again by the next caller, so a process that started before its database
    /// recovers without a restart.
    /// </summary>
    public Task ReadyAsync()
    {
        lock (gate)
        {
            if (ready is null || ready.IsFaulted || ready.IsCanceled)
            {
                ready = MigrateAsync();
            }

            return ready;
        }
    }

    /// <summary>
    /// A context from a pool: the grain path opens one for every new call it asks about, and
    /// building one resolves a dozen of EF Core's services each time. Disposing it resets it and
    /// hands it back.
    /// </summary>
    public HistoryContext Open() => open();

    private async Task MigrateAsync()
    {
        await using var context = Open();
        if (!IsPostgres && !InMemory)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(Where))!);
        }

        if (IsPostgres)
        {
            await MigrateUnderSessionLockAsync(context);
        }
        else if (InMemory)
        {
            await context.Database.MigrateAsync();
        }
        else
        {
            await MigrateUnderFileLockAsync(context);
        }

        if (!IsPostgres && !InMemory)
        {
            // Readers never wait for the writer; the mode is kept in the file.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        log.LogInformation("History store ready in {Where} ({Provider})", Where, IsPostgres ? "postgres" : "sqlite");
    }

    /// <summary>
    /// EF Core locks a SQLite database for migrating with a row in a table, which a process killed
    /// while holding it leaves behind: every later start would wait for it forever. The lock here
    /// is the operating system's lock on a file beside the database, which dies with its process;
    /// whoever holds it may clear a row left by a dead one before migrating.
    /// </summary>
    private async Task MigrateUnderFileLockAsync(HistoryContext context)
    {
        await using var held = await TakeFileLockAsync(Path.GetFullPath(Where) + ".migrating");
        var staleLock = await context.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").SingleAsync();
        if (staleLock > 0 && await context.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"") > 0)
        {
            log.LogWarning("History store {Where}: cleared a migration lock left by a process that died while holding it", Where);
        }

        await context.Database.MigrateAsync();
    }

    private static async Task<FileStream> TakeFileLockAsync(string path)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another process (or another store of this one) is migrating: it is quick.
                await Task.Delay(TimeSpan.FromMilliseconds(50));
            }
        }
    }

    /// <summary>
    /// EF Core's own lock on PostgreSQL lasts one migration's transaction, so a process starting
    /// between two migrations would apply the second one again. One session-wide advisory lock
    /// around the whole run keeps the others waiting until every migration is in.
    /// </summary>
    private async Task MigrateUnderSessionLockAsync(HistoryContext context)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", connection))
        {
            await take.ExecuteNonQueryAsync();
        }

        try
        {
            await context.Database.MigrateAsync();
        }
        finally
        {
            await using var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", connection);
            await release.ExecuteNonQueryAsync();
        }
    }
}
