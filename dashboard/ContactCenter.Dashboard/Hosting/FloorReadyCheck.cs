using ContactCenter.Contracts.Grains;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>Ready when a grain of the floor answers: the silo (embedded) or the cluster (client) is serving.</summary>
public sealed class FloorReadyCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var queues = await grains.GetGrain<IFloorDirectoryGrain>(0).GetQueues().AsTask().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy($"{queues.Length} queues on the floor");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the floor's grains do not answer", e);
        }
    }
}
