namespace ContactCenter.Hosting;

/// <summary>How a process joins the floor's cluster: the "Orleans" section of a silo-config profile.</summary>
public sealed class FloorHostingOptions
{
    public const string Section = "Orleans";

    /// <summary>"embedded": one process hosts a silo in memory; "cluster": Redis membership and storage.</summary>
    public string Mode { get; set; } = "embedded";

    public string ClusterId { get; set; } = "contactcenter-local";

    public string ServiceId { get; set; } = "contactcenter";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>StackExchange.Redis connection string for cluster mode (membership, grain state, reminders).</summary>
    public string RedisConnectionString { get; set; } = "127.0.0.1:6379";

    /// <summary>
    /// Embedded mode's grain state: a SQLite file (relative paths are under the content root), or
    /// <see cref="InMemory"/> for tests and measurements that must not outlive the process.
    /// </summary>
    public string StatePath { get; set; } = "data/floor-state.db";

    public const string InMemory = "memory";

    /// <summary>
    /// Orleans' own dashboard (silos, activations per silo and grain type, call rates, failures) at
    /// /ops/orleans for admins. On in the cluster profiles; it profiles every grain call, so the
    /// single-node default and the benchmark leave it off.
    /// </summary>
    public bool OpsDashboard { get; set; }

    /// <summary>
    /// How many grain addresses a silo caches (Orleans' default is a million). Every call is a
    /// grain that is addressed once and never again, so a large cache keeps the ids of finished
    /// calls for days: size it to the grains that are live at once (agents, calls in progress,
    /// queues, teams, open alerts), and memory stays flat however long the floor runs.
    /// </summary>
    public int DirectoryCacheSize { get; set; } = 100_000;

    public bool IsEmbedded => string.Equals(Mode, "embedded", StringComparison.OrdinalIgnoreCase);

    public static FloorHostingOptions From(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var options = new FloorHostingOptions();
        Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection(Section), options);
        return options;
    }
}
