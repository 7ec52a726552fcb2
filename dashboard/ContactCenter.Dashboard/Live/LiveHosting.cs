namespace ContactCenter.Dashboard.Live;

/// <summary>Wires the live floor: the mirror screens read, the feed from the cluster, the pump and the hub.</summary>
public static class LiveHosting
{
    public const string HubPath = "/hubs/floor";

    public static IServiceCollection AddLiveFloor(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<LiveConnections>();
        services.AddSingleton<Microsoft.AspNetCore.SignalR.HubLifetimeManager<FloorHub>, FloorHubLifetime>();
        services.AddSingleton<FloorMirror>();
        services.AddSingleton<ILiveFloor>(sp => sp.GetRequiredService<FloorMirror>());
        services.AddHostedService<LiveFeedClient>();
        services.AddHostedService<DeltaPump>();
        return services;
    }

    public static IEndpointRouteBuilder MapLiveFloor(this IEndpointRouteBuilder app)
    {
        app.MapHub<FloorHub>(HubPath).RequireAuthorization(Security.FloorPolicies.Authenticated);
        return app;
    }
}
