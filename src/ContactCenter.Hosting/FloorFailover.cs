using Orleans.Configuration;

namespace ContactCenter.Hosting;

/// <summary>
/// How fast the cluster gives up on a silo. Orleans' defaults (a probe every 5 s, three missed)
/// take about 15 s to declare a dead silo, and a caller waits 30 s for an answer: a floor would
/// see its alerts stall for that long. Here a silo that misses two 1.5-second probes is suspected,
/// two votes declare it dead (about 3-5 s after a kill), and a call gives up after 5 s, so a
/// connector's retry lands within 10 s of a kill. A silo
/// whose own process is slow (a long GC, a loaded machine) stretches its probe timeouts instead of
/// voting others dead: Orleans' degradation monitoring, kept on, is what prevents false suspicions.
/// </summary>
public static class FloorFailover
{
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(5);

    public static void Tune(ClusterMembershipOptions membership)
    {
        membership.ProbeTimeout = TimeSpan.FromSeconds(1.5);
        membership.NumMissedProbesLimit = 2;
        membership.NumVotesForDeathDeclaration = 2;
        membership.TableRefreshTimeout = TimeSpan.FromSeconds(10);
        membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        membership.ExtendProbeTimeoutDuringDegradation = true;
        membership.EnableIndirectProbes = true;
    }

    public static ISiloBuilder UseFloorFailover(this ISiloBuilder silo)
    {
        silo.Configure<ClusterMembershipOptions>(Tune);
        silo.Configure<SiloMessagingOptions>(messaging => messaging.ResponseTimeout = ResponseTimeout);
        return silo;
    }

    public static IClientBuilder UseFloorFailover(this IClientBuilder client)
    {
        client.Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = ResponseTimeout);
        return client;
    }
}
