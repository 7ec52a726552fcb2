namespace ContactCenter.History.Store;

/// <summary>The "History" section: which database keeps the floor's history, and for how long.</summary>
public sealed class HistoryOptions
{
    public const string Section = "History";

    /// <summary>The connection string's name under ConnectionStrings.</summary>
    public const string ConnectionName = "History";

    /// <summary>The embedded default: a file under the content root (not under bin/), created on first run.</summary>
    public const string DefaultSqlite = "Data Source=data/history.db";

    /// <summary>"sqlite" (embedded) or "postgres" (cluster, production).</summary>
    public string Provider { get; set; } = "sqlite";

    public HistoryRetentionOptions Retention { get; set; } = new();

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Days each kind of history is kept; older rows are purged by <see cref="HistoryRetention"/>.</summary>
public sealed class HistoryRetentionOptions
{
    public int CallsDays { get; set; } = 90;

    public int IntervalsDays { get; set; } = 730;

    public int AgentDaysDays { get; set; } = 730;

    public int AlertsDays { get; set; } = 365;

    public int AuditDays { get; set; } = 365;
}
