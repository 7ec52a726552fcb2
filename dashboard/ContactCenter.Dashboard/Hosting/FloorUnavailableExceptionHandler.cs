using System.Globalization;
using ContactCenter.Dashboard.Api;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// The floor's grains cannot be reached right now: a silo went down and its grains are moving, the
/// gateway is overloaded, the connection dropped, the call timed out or the cluster's storage is down. That is a 503 with
/// Retry-After, so a connector retries what was not acknowledged and a screen tries again; never
/// a 500, which would say the request itself was at fault.
/// </summary>
public sealed partial class FloorUnavailableExceptionHandler(ILogger<FloorUnavailableExceptionHandler> logger, FloorMetrics metrics) : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }

        LogUnavailable(logger, exception.GetType().Name, exception.Message, http.Request.Method, http.Request.Path);
        metrics.Unavailable(http.GetEndpoint()?.DisplayName ?? "unknown");
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(
            new ApiError("floor", "unavailable", $"the floor cannot be reached right now; nothing of this request was acknowledged: retry in {RetryAfterSeconds} s"),
            cancellationToken);
        return true;
    }

    /// <summary>The failures that pass by themselves once the cluster has settled (Task.WhenAll wraps several).</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException or TimeoutException => true,
        // The grain directory or placement had no stable answer (membership changing under load).
        _ when Grains.Routing.TransientFailure.IsClusterUnsettled(exception) => true,
        // An activation that did not finish in time cancels the requests queued for it. A request
        // the client itself aborted never reaches this handler (ASP.NET Core answers it 499).
        OperationCanceledException => true,
        LimitExceededException => true,
        // A silo just killed refuses the connection before the cluster has declared it dead.
        Orleans.Networking.Shared.SocketConnectionException => true,
        // The cluster's storage (Redis) is down or restarting: nothing was acknowledged, a retry will do.
        Orleans.Persistence.Redis.RedisStorageException or StackExchange.Redis.RedisConnectionException => true,
        // While a dead silo's grains move, two activations of one grain can meet for a moment; the
        // stale one's write is refused on its version, it deactivates, and the retry meets what was stored.
        Orleans.Storage.InconsistentStateException => true,
        // The history store (PostgreSQL in a cluster) is down or out of connections.
        Domain.History.HistoryUnavailableException => true,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsUnavailable),
        // Orleans reports a failed state write as its own exception around the provider's.
        OrleansException { InnerException: { } inner } => IsUnavailable(inner),
        _ => false,
    };

    /// <summary>The message says which silo, grain or store did not answer: what an operator needs to see it settle, without a stack per refusal.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Floor unavailable ({Failure}: {Reason}) for {Method} {Path}: answered 503 with Retry-After")]
    private static partial void LogUnavailable(ILogger logger, string failure, string reason, string method, string path);
}
