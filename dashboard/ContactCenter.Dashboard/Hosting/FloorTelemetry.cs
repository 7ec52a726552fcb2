using ContactCenter.Dashboard.Api;
using ContactCenter.Hosting.Storage;
using OpenTelemetry.Metrics;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>Metrics through OpenTelemetry: Orleans' meters, ASP.NET Core, the runtime and our ingestion counters, scraped at /metrics.</summary>
public static class FloorTelemetry
{
    public static WebApplicationBuilder AddFloorTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FloorMetrics>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.Orleans")
            .AddMeter(IngestionMetrics.MeterName)
            .AddMeter(FloorMetrics.MeterName)
            .AddMeter(SqliteGrainStorage.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        return builder;
    }
}
