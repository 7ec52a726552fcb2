namespace ContactCenter.Testing;

/// <summary>The files a SQLite database of the product may leave: the database, its write-ahead log and index, and the history's migration lock.</summary>
public static class SqliteFiles
{
    public static string[] Of(string database) => [database, database + "-wal", database + "-shm", database + ".migrating"];

    /// <summary>Deletes what is there of the databases' files.</summary>
    public static void Delete(params string[] databases)
    {
        foreach (var file in databases.SelectMany(Of))
        {
            File.Delete(file);
        }
    }
}
