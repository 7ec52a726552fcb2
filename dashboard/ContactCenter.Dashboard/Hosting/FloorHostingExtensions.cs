using ContactCenter.Connectors.Simulator;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.Dashboard.Api;
using ContactCenter.Dashboard.Connectors;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Reports;
using ContactCenter.Dashboard.Security;
using ContactCenter.Grains.Routing;
using ContactCenter.Hosting;
using ContactCenter.History;
using ContactCenter.Ingestion;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Time;
using ContactCenter.Dashboard.Localisation;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>The front end's wiring: join the floor (an embedded silo, or a client of the cluster), then the API around it.</summary>
public static class FloorHostingExtensions
{
    public static WebApplicationBuilder AddFloor(this WebApplicationBuilder builder)
    {
        var profile = builder.Configuration.AddSiloProfile();
        var orleans = FloorHostingOptions.From(builder.Configuration);
        if (orleans.IsEmbedded)
        {
            // No cluster configured: this process hosts the silo itself, so one command runs everything.
            builder.UseOrleans(silo => silo.UseFloorSilo(orleans));
        }
        else
        {
            builder.UseOrleansClient(client => client.UseFloorClient(orleans));
            builder.Services.TryAddSingleton<FloorSettings>();
        }

        var services = builder.Services;
        // The front end reads history (reports, audit) straight from the store; an embedded silo writes it too.
        services.AddFloorHistory(builder.Configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(WallClock.Key, TimeProvider.System);
        services.AddSingleton<IEventSink>(sp => new GrainEventSink(sp.GetRequiredService<IGrainFactory>(), WallClock.From(sp)));
        services.AddSingleton<FloorReader>();
        services.AddSingleton<IngestionMetrics>();
        services.Configure<EventBatchLimits>(builder.Configuration.GetSection("EventApi"));
        services.AddFloorConnectors(builder.Configuration);
        services.AddTrafficSimulator(builder.Configuration);
        services.AddSingleton(sp => new SimulatorSite(sp.GetRequiredService<FloorSettings>().Calendar.Zone));
        services.AddLiveFloor();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.MaxDepth = 16);
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<FloorUnavailableExceptionHandler>();
        services.AddHealthChecks().AddCheck<FloorReadyCheck>("floor", tags: ["ready"]).AddCheck<MembershipHealthCheck>("membership", tags: ["ready"]);
        builder.AddFloorTelemetry();
        builder.AddWallboard();
        builder.AddFloorSecurity(profile);
        Console.WriteLine($"ContactCenter: profile '{profile}', {(orleans.IsEmbedded ? "embedded silo" : "cluster client")}");
        return builder;
    }

    public static WebApplication MapFloor(this WebApplication app)
    {
        // The gauges are observed from the start, not from the first request that needs the metrics.
        app.Services.GetRequiredService<FloorMetrics>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseFloorSecurity();
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapPrometheusScrapingEndpoint();
        app.MapAuthApi();
        app.MapAccountEndpoints();
        app.MapCallerNumberApi();
        app.MapDisplayTokenApi();
        app.MapEventsApi();
        app.MapQueueLogApi();
        app.MapJoinApi();
        app.MapFloorApi();
        app.MapAlertApi();
        app.MapAssistanceApi();
        app.MapAuditApi();
        app.MapReportApi();
        app.MapLiveFloor();
        app.MapOpsDashboard();
        app.MapCultureSwitch();
        app.MapWallboard();
        return app;
    }
}
