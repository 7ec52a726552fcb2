using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// The cluster as its membership sees it: ready while at least one silo is active. The report
/// counts the silos the membership knows by status, so an operator sees a dead or joining silo
/// from any front end. Counts only: the probe is anonymous, and silo addresses are not for everyone.
/// </summary>
public sealed class MembershipHealthCheck(IGrainFactory grains, FloorMetrics metrics) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: false).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            var data = hosts.Values
                .GroupBy(status => status.ToString().ToLowerInvariant())
                .ToDictionary(g => g.Key, g => (object)g.Count(), StringComparer.Ordinal);

            metrics.Silos(data.ToDictionary(d => d.Key, d => (int)d.Value, StringComparer.Ordinal));
            var active = hosts.Count(h => h.Value == SiloStatus.Active);
            var description = $"{active} of {hosts.Count} silos active";
            return active > 0 ? HealthCheckResult.Healthy(description, data) : HealthCheckResult.Unhealthy(description, data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the cluster's membership does not answer", e);
        }
    }
}
