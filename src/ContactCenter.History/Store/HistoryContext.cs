using ContactCenter.History.Records;
using Microsoft.EntityFrameworkCore;

namespace ContactCenter.History.Store;

/// <summary>
/// The history's one model. Each database provider has a context of its own only so that each
/// keeps its own migrations (<see cref="SqliteHistoryContext"/>, <see cref="PostgresHistoryContext"/>).
/// Times are stored as UTC <see cref="DateTime"/>: SQLite cannot compare DateTimeOffset columns.
/// </summary>
public abstract class HistoryContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredCall> Calls => Set<StoredCall>();

    public DbSet<StoredInterval> Intervals => Set<StoredInterval>();

    public DbSet<StoredAgentDay> AgentDays => Set<StoredAgentDay>();

    public DbSet<StoredAlert> Alerts => Set<StoredAlert>();

    public DbSet<StoredAuditEntry> Audit => Set<StoredAuditEntry>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<StoredCall>(call =>
        {
            call.ToTable("calls");
            call.HasKey(c => c.CallId);
            call.Property(c => c.CallId).HasMaxLength(128);
            call.Property(c => c.QueueId).HasMaxLength(128);
            call.Property(c => c.AgentId).HasMaxLength(128);
            call.Property(c => c.Direction).HasMaxLength(16);
            call.Property(c => c.CallerNumber).HasMaxLength(32);
            call.Property(c => c.Disposition).HasMaxLength(32);
            call.HasIndex(c => c.EndedAt);
            call.HasIndex(c => new { c.QueueId, c.EndedAt });
        });
        model.Entity<StoredInterval>(interval =>
        {
            interval.ToTable("queue_intervals");
            interval.HasKey(i => new { i.QueueId, i.Start });
            interval.Property(i => i.QueueId).HasMaxLength(128);
            interval.HasIndex(i => i.Start);
        });
        model.Entity<StoredAgentDay>(day =>
        {
            day.ToTable("agent_days");
            day.HasKey(d => new { d.AgentId, d.Day, d.Late });
            day.Property(d => d.AgentId).HasMaxLength(128);
            day.Property(d => d.TeamId).HasMaxLength(128);
            day.HasIndex(d => d.Day);
        });
        model.Entity<StoredAlert>(alert =>
        {
            alert.ToTable("alerts");
            alert.HasKey(a => a.AlertId);
            alert.Property(a => a.AlertId).HasMaxLength(512);
            alert.Property(a => a.Rule).HasMaxLength(64);
            alert.Property(a => a.Severity).HasMaxLength(16);
            alert.Property(a => a.Status).HasMaxLength(16);
            alert.Property(a => a.SubjectId).HasMaxLength(128);
            alert.Property(a => a.QueueId).HasMaxLength(128);
            alert.Property(a => a.TeamId).HasMaxLength(128);
            alert.HasIndex(a => a.RaisedAt);
        });
        model.Entity<StoredAuditEntry>(entry =>
        {
            entry.ToTable("audit");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.TargetKind).HasMaxLength(32);
            entry.Property(e => e.TargetId).HasMaxLength(512);
            entry.Property(e => e.Origin).HasMaxLength(128);
            entry.HasIndex(e => e.At);
        });
    }
}

/// <summary>The embedded product's history: a SQLite file.</summary>
public sealed class SqliteHistoryContext(DbContextOptions<SqliteHistoryContext> options) : HistoryContext(options);

/// <summary>The cluster's history: PostgreSQL, shared by every silo and front end.</summary>
public sealed class PostgresHistoryContext(DbContextOptions<PostgresHistoryContext> options) : HistoryContext(options);
