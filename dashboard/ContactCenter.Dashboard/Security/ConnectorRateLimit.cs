using System.Globalization;
using System.Threading.RateLimiting;

namespace ContactCenter.Dashboard.Security;

/// <summary>
/// Each connector's batches per second on the ingestion endpoints; more is a 429 with
/// Retry-After. It owns its limiter and disposes it with the application. ASP.NET Core's
/// rate-limiting middleware never disposes the limiter it builds (dotnet/aspnetcore#69259): its
/// timer kept every stopped application in the process alive, about 40 MB each in the benchmark,
/// which starts dozens, and in the test suites.
/// </summary>
public sealed class ConnectorRateLimit(SecurityOptions options) : IAsyncDisposable, IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(connector =>
        RateLimitPartition.GetFixedWindowLimiter(connector, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.ConnectorBatchesPerSecond,
            Window = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        }));

    public async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!options.Enabled)
        {
            return await next(context);
        }

        var http = context.HttpContext;
        using var lease = limiter.AttemptAcquire(http.User.FindFirst(FloorClaims.ConnectorKey)?.Value ?? "anonymous");
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        // Counted with the batches the API refuses whole, as the middleware's own meter counted them.
        http.RequestServices.GetService<Api.IngestionMetrics>()?.RecordRefusedBatch(StatusCodes.Status429TooManyRequests);
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        return Results.Json(new Api.ApiError("X-Api-Key", "rate-limited", "too many batches from this connector: slow down"), statusCode: StatusCodes.Status429TooManyRequests);
    }

    public ValueTask DisposeAsync() => limiter.DisposeAsync();

    /// <summary>For a container disposed synchronously, which refuses a service that can only be disposed asynchronously.</summary>
    public void Dispose() => limiter.Dispose();
}

public static class ConnectorRateLimitEndpoints
{
    /// <summary>The connector's batches per second count against its own limit (<see cref="ConnectorRateLimit"/>).</summary>
    public static RouteHandlerBuilder RequireConnectorRateLimit(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<ConnectorRateLimit>().FilterAsync(context, next));
}
