using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContactCenter.History.Store;

/// <summary>For `dotnet ef migrations add`: a context of each provider without a running host.</summary>
public sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteHistoryContext>
{
    public SqliteHistoryContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHistoryContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <inheritdoc cref="SqliteDesignTimeContext"/>
public sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresHistoryContext>
{
    public PostgresHistoryContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHistoryContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
