using ContactCenter.Domain.History;
using ContactCenter.History.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactCenter.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>
    /// The history store from "History" and ConnectionStrings:History (a SQLite file under the
    /// content root by default); registered once however many hosts of the process ask.
    /// </summary>
    public static IServiceCollection AddFloorHistory(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(HistoryDatabase)))
        {
            return services;
        }

        var options = new HistoryOptions();
        configuration.GetSection(HistoryOptions.Section).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton(sp => new HistoryDatabase(
            options,
            ConnectionString(configuration, options, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            sp.GetRequiredService<ILogger<HistoryDatabase>>()));
        services.AddSingleton<HistoryWriter>();
        services.TryAddSingleton<IFloorHistory, FloorHistoryStore>();
        services.AddSingleton<HistoryRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<HistoryRetention>());
        return services;
    }

    /// <summary>The configured connection string; a relative SQLite file is placed under the content root.</summary>
    public static string ConnectionString(IConfiguration configuration, HistoryOptions options, string contentRoot)
    {
        var configured = configuration.GetConnectionString(HistoryOptions.ConnectionName);
        if (options.IsPostgres)
        {
            return configured ?? throw new InvalidOperationException("History:Provider is postgres but ConnectionStrings:History is not set");
        }

        var sqlite = new SqliteConnectionStringBuilder(configured ?? HistoryOptions.DefaultSqlite);
        if (sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
        {
            sqlite.DataSource = Path.Combine(contentRoot, sqlite.DataSource);
        }

        return sqlite.ToString();
    }
}
