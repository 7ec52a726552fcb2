using ContactCenter.Domain.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Hosting;

/// <summary>
/// A front end started before its silos waits for them instead of dying. Orleans' client gives up
/// on its first failed connection unless a filter says to try again: a front end started beside
/// silos still joining the cluster (slow storage, a whole cluster restarting) found no gateway and
/// aborted. It tries again every <see cref="Pause"/> until it connects or the host stops.
/// </summary>
public sealed partial class ClusterConnectionRetry(
    [FromKeyedServices(WallClock.Key)] TimeProvider clock,
    ILogger<ClusterConnectionRetry> logger) : IClientConnectionRetryFilter
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    private int attempts;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        LogWaiting(logger, exception.GetType().Name, exception.Message, ++attempts);
        try
        {
            await Task.Delay(Pause, clock, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return !cancellationToken.IsCancellationRequested;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cluster is not reachable yet ({Failure}: {Detail}); trying again (attempt {Attempt})")]
    private static partial void LogWaiting(ILogger logger, string failure, string detail, int attempt);
}
