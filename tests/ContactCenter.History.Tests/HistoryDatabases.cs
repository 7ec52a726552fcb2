using ContactCenter.History.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.History.Tests;

/// <summary>
/// Both providers the history runs on: a SQLite file and a database on a PostgreSQL server this
/// fixture starts itself. Each store a test asks for is new and empty.
/// </summary>
public sealed class HistoryDatabases : IAsyncLifetime
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly List<string> files = [];
    private readonly List<IAsyncDisposable> owned = [];

    public PostgresServer Server { get; private set; } = null!;

    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    /// <summary>An empty database of <paramref name="provider"/>, not migrated yet.</summary>
    public async Task<HistoryDatabase> NewDatabaseAsync(string provider, HistoryOptions? options = null)
    {
        options ??= new HistoryOptions();
        options.Provider = provider;
        string connection;
        if (provider == Postgres)
        {
            connection = await Server.CreateDatabaseAsync();
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), "contactcenter-tests", $"history-{Guid.NewGuid():N}.db");
            files.Add(file);
            connection = $"Data Source={file}";
        }

        return new HistoryDatabase(options, connection, NullLogger<HistoryDatabase>.Instance);
    }

    /// <summary>A database of <paramref name="provider"/> on the same connection as <paramref name="other"/>: a second process on one store.</summary>
    public HistoryDatabase SameDatabase(HistoryDatabase other, HistoryOptions options) =>
        new(options, other.ConnectionString, NullLogger<HistoryDatabase>.Instance);

    public async Task<(FloorHistoryStore Store, HistoryDatabase Database)> NewStoreAsync(string provider, HistoryOptions? options = null, ILogger<HistoryWriter>? writerLog = null)
    {
        options ??= new HistoryOptions();
        var database = await NewDatabaseAsync(provider, options);
        var writer = new HistoryWriter(database, writerLog ?? NullLogger<HistoryWriter>.Instance);
        owned.Add(writer);
        return (new FloorHistoryStore(database, writer, options), database);
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in owned)
        {
            await disposable.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SqliteFiles.Delete([.. files]);

        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class HistoryCollection : ICollectionFixture<HistoryDatabases>
{
    public const string Name = "history databases";
}
