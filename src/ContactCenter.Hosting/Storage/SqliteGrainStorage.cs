using System.Diagnostics.Metrics;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ContactCenter.Hosting.Storage;

/// <summary>
/// Grain state for the embedded product in one SQLite file beside it, so a killed process loses
/// nothing it acknowledged. One connection owns the file (a second process on the same file is
/// refused at start) and one loop serves it: writes that arrive together commit in one
/// transaction, so a batch of events costs a few commits, not one per grain.
/// <para>
/// Durability model: a killed process, not lost power. The journal is in WAL mode with
/// <c>synchronous=NORMAL</c>: a commit is in the operating system's hands when it returns (it
/// survives the process), and reaches the disk at the next checkpoint.
/// </para>
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage, IAsyncDisposable
{
    public const string MeterName = "ContactCenter.GrainState";

    /// <summary>At most 64 MB of pages kept in the process; measured, it halved the kernel's time per write.</summary>
    private const int CacheKibibytes = 64 * 1024;

    private readonly Counter<long>? writes;
    private readonly Counter<long>? writtenBytes;
    private readonly Channel<StorageRequest> requests = Channel.CreateUnbounded<StorageRequest>(new() { SingleReader = true });
    private readonly SqliteConnection connection;
    private readonly IGrainStorageSerializer serializer;
    private readonly IActivatorProvider activators;
    private readonly ILogger log;
    private readonly Task loop;

    public SqliteGrainStorage(string path, IGrainStorageSerializer serializer, IActivatorProvider activators, ILogger<SqliteGrainStorage> log, IMeterFactory? meters = null)
    {
        // What durability costs per event is mostly how often and how much state is written.
        var meter = meters?.Create(MeterName);
        writes = meter?.CreateCounter<long>("contactcenter.grain_state.writes", "{write}", "Grain states written, by state name.");
        writtenBytes = meter?.CreateCounter<long>("contactcenter.grain_state.written", "By", "Bytes of grain state written, by state name.");
        this.serializer = serializer;
        this.activators = activators;
        this.log = log;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=NORMAL;");
        Execute("PRAGMA locking_mode=EXCLUSIVE;");
        // Pages read back from the operating system's cache cost a system call each: with SQLite's
        // default 2 MB, a floor of 10,000 agents (a 55 MB file) read most of its pages that way.
        Execute($"PRAGMA cache_size=-{CacheKibibytes};");
        Execute("CREATE TABLE IF NOT EXISTS grain_state (state_name TEXT NOT NULL, grain_id TEXT NOT NULL, etag INTEGER NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (state_name, grain_id)) WITHOUT ROWID;");
        // Takes the exclusive lock now: a second product on the same file fails here, not later.
        Execute("BEGIN IMMEDIATE; COMMIT;");
        loop = Task.Run(ServeAsync);
        log.LogInformation("Grain state in {Path}", Path.GetFullPath(path));
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var found = await Submit(new StorageRequest(StorageRequestKind.Read, stateName, grainId.ToString(), null));
        if (found is { } row)
        {
            grainState.State = serializer.Deserialize<T>(new BinaryData(row.Payload));
            grainState.ETag = row.ETag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = activators.GetActivator<T>().Create();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // Serialised in the grain's turn, before anything else can change the state.
        var payload = Bytes(serializer.Serialize(grainState.State));
        var name = new KeyValuePair<string, object?>("state", stateName);
        writes?.Add(1, name);
        writtenBytes?.Add(payload.Length, name);
        var written = await Submit(new StorageRequest(StorageRequestKind.Write, stateName, grainId.ToString(), payload));
        grainState.ETag = written!.Value.ETag.ToString(System.Globalization.CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await Submit(new StorageRequest(StorageRequestKind.Clear, stateName, grainId.ToString(), null));
        grainState.State = activators.GetActivator<T>().Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public async ValueTask DisposeAsync()
    {
        requests.Writer.TryComplete();
        await loop.ConfigureAwait(false);
        connection.Dispose();
    }

    /// <summary>The serializer's own array where it is one whole: <see cref="BinaryData.ToArray"/> copies, a second payload per write.</summary>
    private static byte[] Bytes(BinaryData data) =>
        MemoryMarshal.TryGetArray(data.ToMemory(), out var segment) && segment is { Array: { } array, Offset: 0 } && segment.Count == array.Length
            ? array
            : data.ToArray();

    private Task<StoredRow?> Submit(StorageRequest request)
    {
        if (!requests.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(SqliteGrainStorage), "The grain state store is closed: the silo is stopping.");
        }

        return request.Done.Task;
    }

    private async Task ServeAsync()
    {
        var batch = new List<StorageRequest>();
        using var read = Command("SELECT etag, payload FROM grain_state WHERE state_name = $s AND grain_id = $g;");
        using var write = Command("INSERT INTO grain_state (state_name, grain_id, etag, payload) VALUES ($s, $g, 1, $p) ON CONFLICT (state_name, grain_id) DO UPDATE SET etag = etag + 1, payload = excluded.payload RETURNING etag;");
        using var clear = Command("DELETE FROM grain_state WHERE state_name = $s AND grain_id = $g;");
        while (await requests.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < 1000 && requests.Reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            var results = new StoredRow?[batch.Count];
            try
            {
                using (var transaction = connection.BeginTransaction())
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        results[i] = Run(batch[i], batch[i].Kind switch
                        {
                            StorageRequestKind.Read => read,
                            StorageRequestKind.Write => write,
                            _ => clear,
                        }, transaction);
                    }

                    transaction.Commit();
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.SetResult(results[i]);
                }
            }
            catch (Exception e)
            {
                log.LogError(e, "Grain state store failed a batch of {Count} requests", batch.Count);
                foreach (var request in batch)
                {
                    request.Done.SetException(e);
                }
            }

            batch.Clear();
        }
    }

    private static StoredRow? Run(StorageRequest request, SqliteCommand command, SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        command.Parameters["$s"].Value = request.StateName;
        command.Parameters["$g"].Value = request.GrainId;
        command.Parameters["$p"].Value = (object?)request.Payload ?? DBNull.Value;
        switch (request.Kind)
        {
            case StorageRequestKind.Read:
                using (var reader = command.ExecuteReader())
                {
                    return reader.Read() ? new StoredRow(reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
                }

            case StorageRequestKind.Write:
                return new StoredRow((long)command.ExecuteScalar()!, request.Payload!);
            default:
                command.ExecuteNonQuery();
                return null;
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$s", SqliteType.Text);
        command.Parameters.Add("$g", SqliteType.Text);
        command.Parameters.Add("$p", SqliteType.Blob);
        return command;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private enum StorageRequestKind
    {
        Read,
        Write,
        Clear,
    }

    private readonly record struct StoredRow(long ETag, byte[] Payload);

    private sealed record StorageRequest(StorageRequestKind Kind, string StateName, string GrainId, byte[]? Payload)
    {
        public TaskCompletionSource<StoredRow?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
