namespace ContactCenter.Bench.Live;

/// <summary>Event-to-client latency at one offered load (posted through the HTTP API, read by a .NET SignalR client).</summary>
public sealed record LatencyAtRate(
    int TargetEventsPerSec,
    double AchievedEventsPerSec,
    double P50Ms,
    double P99Ms,
    double P999Ms,
    long Samples,
    int Runs);

/// <summary>Latency of one kind of scope within the fan-out mix ("queue/team", "summary", "floor").</summary>
public sealed record ScopeKindLatency(string Kind, int Clients, double P50Ms, double P99Ms);

/// <summary>The fan-out mix under one load: what the server took, what it sent, how late.</summary>
public sealed record FanoutAtRate(int OfferedEventsPerSec, double AchievedEventsPerSec, double MessagesPerSec, double MegabytesPerSec, double P50Ms, double P99Ms, long Lost, IReadOnlyList<ScopeKindLatency> ByScope, int Runs);

/// <summary>
/// What the live-push benchmarks measured: medians over runs of each run's percentiles. Fan-out is
/// the mix of a thousand screens (queue and team, TV summary, whole floor) under
/// <see cref="FanoutEventsPerSec"/> (the headline figures) and lighter loads (<see cref="Fanout"/>); agent screens are clients each on its own agent's scope under
/// the same load. <see cref="Connections"/> holds what an agent screen's hub connection costs.
/// </summary>
public sealed record LiveFigures(
    IReadOnlyList<LatencyAtRate> EventToClient,
    double AlertP50Ms,
    double AlertP99Ms,
    long AlertSamples,
    int FanoutClients,
    int FanoutEventsPerSec,
    double FanoutMessagesPerSec,
    double FanoutP50Ms,
    double FanoutP99Ms,
    int FanoutRuns,
    int Runs,
    IReadOnlyList<FanoutAtRate> Fanout,
    int AgentClients,
    double AgentClientP50Ms,
    double AgentClientP99Ms,
    long AgentClientLost,
    ConnectionBytes Connections,
    int AgentRuns);

/// <summary>
/// Heap per hub connection: the front end's share (<see cref="Server"/>, the issue's
/// <c>bytesPerConnection</c>) and the .NET client's, each measured with the clients in a process
/// of their own, and both in one process as the agent-screen run holds them (<see cref="Together"/>).
/// </summary>
public sealed record ConnectionBytes(double Server, double Client, double Together);
