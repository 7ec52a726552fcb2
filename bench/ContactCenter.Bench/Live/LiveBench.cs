using System.Diagnostics;
using ContactCenter.Bench.Hosting;
using ContactCenter.Bench.Memory;
using ContactCenter.Bench.Results;
using ContactCenter.Bench.Throughput;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Bench.Live;

/// <summary>
/// Event-to-client latency at several loads, alert latency after a threshold, fan-out to the
/// issue's thousand screens of mixed scopes, and thousands of agent screens each on its own
/// agent's scope: the real product on loopback, the system clock, a fresh host per run.
/// </summary>
public static class LiveBench
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    /// <summary>Print a <see cref="RunTrace"/> after each run (<c>--trace</c>).</summary>
    public static bool Trace { get; set; }

    /// <summary>The JIT's share of a run's CPU at or below which the live path counts as compiled.</summary>
    private const double QuietJit = 0.05;

    /// <summary>Agents logging out at each probe tick of an agent-screen run (100 a second).</summary>
    private const int LogoutsPerTick = 5;

    public static async Task<LiveFigures> RunAsync(BenchMode mode, TextWriter log, CancellationToken cancellationToken = default)
    {
        OpenFileLimit.RaiseToHard(log);
        var plan = LivePlan.For(mode);
        // The issue's floor, its events generated up front; each run re-stamps them onto the wall clock.
        var shape = FloorShape.Issue(TimeSpan.Zero, plan.EventsNeeded);
        var stream = FloorStream.Generate(shape, DateTimeOffset.UtcNow.AddHours(-6));
        var all = stream.Measured.SelectMany(b => b).ToArray();
        var logins = all.Where(e => e.Type == FloorEventType.AgentLoggedIn).ToArray();
        var events = all.Where(e => e.Type != FloorEventType.AgentLoggedIn).ToArray();
        log.WriteLine($"live: {logins.Length:N0} agents log in before each run, then {events.Length:N0} events of a {stream.Shape.Agents:N0}-agent floor, posted as a connector; probes every {ProbeEvery.TotalMilliseconds:0} ms; {plan.Runs} run(s) of {plan.RunLength.TotalSeconds:0} s per load");

        var latencies = new List<LatencyAtRate>();
        var alertRuns = new List<(double P50, double P99, long Samples)>();
        Task<RunFigures> LatencyRunAsync(int rate, string run)
        {
            var audience = new Audience(["floor"]);
            return WatchAsync(new Watch(run, rate, plan.RunLength, logins, events, audience, [], Alerts: true, (probes, n) =>
                probes.PostCallProbeAsync(LiveProbes.ProbeQueue, (p, t) => audience.Start(p, t, "floor"))), log);
        }

        // Uncounted runs at the highest rate until the JIT is quiet: the live path (hub, mirror,
        // pump, clients) is new to the process, and tiering it up took a fifth to a third of the
        // CPU of the first runs after the throughput section, more than the floor itself.
        for (var warm = 1; warm <= plan.WarmUpRuns; warm++)
        {
            var figures = await LatencyRunAsync(plan.Rates.Max(), $"warm-up {warm}, not counted");
            if (figures.JitShare <= QuietJit)
            {
                break;
            }
        }

        foreach (var rate in plan.Rates)
        {
            var runs = new List<RunFigures>();
            for (var run = 0; run < plan.Runs; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var figures = await LatencyRunAsync(rate, $"r{rate}x{run}");
                runs.Add(figures);
                alertRuns.Add((figures.Alerts.PercentileMs(50), figures.Alerts.PercentileMs(99), figures.Alerts.Receipts));
            }

            latencies.Add(new LatencyAtRate(
                rate,
                Median.Of(runs.Select(r => r.AchievedEventsPerSec)),
                Median.Of(runs.Select(r => r.Audience.PercentileMs(50))),
                Median.Of(runs.Select(r => r.Audience.PercentileMs(99))),
                Median.Of(runs.Select(r => r.Audience.PercentileMs(99.9))),
                runs.Sum(r => r.Audience.Receipts),
                runs.Count));
        }

        var fanoutRates = new List<FanoutAtRate>();
        foreach (var rate in plan.LighterFanoutRates.Append(LivePlan.FanoutRate))
        {
            var runs = new List<RunFigures>();
            for (var run = 0; run < (rate == LivePlan.FanoutRate ? plan.FanoutRuns : 1); run++)
            {
                runs.Add(await FanoutRunAsync(plan, shape, logins, events, rate, $"f{rate}x{run}", log));
            }

            fanoutRates.Add(new FanoutAtRate(
                rate,
                Median.Of(runs.Select(r => r.AchievedEventsPerSec)),
                Median.Of(runs.Select(r => r.MessagesPerSec)),
                Median.Of(runs.Select(r => r.MegabytesPerSec)),
                Median.Of(runs.Select(r => r.Audience.PercentileMs(50))),
                Median.Of(runs.Select(r => r.Audience.PercentileMs(99))),
                runs.Sum(r => r.Lost),
                [.. runs[0].Audience.ByKind.Keys.Select(kind => new ScopeKindLatency(
                    kind,
                    runs[0].Audience.Count(kind),
                    Median.Of(runs.Select(r => r.Audience.ByKind[kind].PercentileMs(50))),
                    Median.Of(runs.Select(r => r.Audience.ByKind[kind].PercentileMs(99)))))],
                runs.Count));
        }

        var fanout = fanoutRates[^1];
        var agents = new List<RunFigures>();
        for (var run = 0; run < plan.AgentRuns; run++)
        {
            agents.Add(await AgentRunAsync(plan, logins, events, $"g{run}", log));
        }

        return new LiveFigures(
            latencies,
            Median.Of(alertRuns.Select(a => a.P50)),
            Median.Of(alertRuns.Select(a => a.P99)),
            alertRuns.Sum(a => a.Samples),
            plan.Fanout.Clients,
            LivePlan.FanoutRate,
            fanout.MessagesPerSec,
            fanout.P50Ms,
            fanout.P99Ms,
            fanout.Runs,
            plan.Runs,
            fanoutRates,
            plan.AgentClients,
            Median.Of(agents.Select(a => a.Audience.PercentileMs(50))),
            Median.Of(agents.Select(a => a.Audience.PercentileMs(99))),
            agents.Sum(a => a.Lost),
            new ConnectionBytes(
                Median.Of(agents.Select(a => a.Connections.Server)),
                Median.Of(agents.Select(a => a.Connections.Client)),
                Median.Of(agents.Select(a => a.Connections.Together))),
            agents.Count);
    }

    /// <summary>
    /// The issue's mix of screens; probes alternate between a call entering a queue and an agent logging in to a team, round robin.
    /// An agent's row reaches its queues' screens as well as its team's (as the floor scopes it), so both count in its audience.
    /// </summary>
    private static Task<RunFigures> FanoutRunAsync(LivePlan plan, FloorShape shape, FloorEvent[] logins, FloorEvent[] events, int rate, string run, TextWriter log)
    {
        var audience = new Audience(plan.Fanout.Scopes(shape.Queues, shape.Teams));
        return WatchAsync(new Watch(run, rate, plan.RunLength, logins, events, audience, [], Alerts: false, (probes, n) =>
        {
            var (queue, team) = ($"q{(n / 2 % shape.Queues) + 1}", $"t{(n / 2 % shape.Teams) + 1}");
            return n % 2 == 0
                ? probes.PostCallProbeAsync(queue, (p, t) => audience.Start(p, t, "floor", Dashboard.Live.LiveScopes.Summary, $"queue:{queue}"))
                : probes.PostAgentProbeAsync(team, queue, (p, t) => audience.Start(p, t, "floor", $"team:{team}", $"queue:{queue}"));
        }, Scanning: true), log);
    }

    /// <summary>Every client watches its own agent's scope; probes log agents out, each agent once.</summary>
    private static Task<RunFigures> AgentRunAsync(LivePlan plan, FloorEvent[] logins, FloorEvent[] events, string run, TextWriter log)
    {
        var probeAgents = LiveProbes.ProbeAgents(run, plan.AgentClients, DateTimeOffset.UtcNow);
        var audience = new Audience([.. probeAgents.Select(e => $"agent:{e.AgentId}")]);
        return WatchAsync(new Watch(run, LivePlan.FanoutRate, plan.RunLength, logins, events, audience, probeAgents, Alerts: false, (probes, n) =>
        {
            var agents = Enumerable.Range(n * LogoutsPerTick, LogoutsPerTick).Where(i => i < plan.AgentClients).Select(i => LiveProbes.ProbeAgentId(run, i)).ToArray();
            return agents.Length == 0 ? Task.CompletedTask : probes.PostLogoutProbesAsync(agents, (p, t) => audience.Start(p, t, $"agent:{p}"));
        }), log, measureConnections: true);
    }

    private sealed record Watch(string Run, int Rate, TimeSpan Length, FloorEvent[] Logins, FloorEvent[] Events, Audience Audience, FloorEvent[] ExtraLogins, bool Alerts, Func<LiveProbes, int, Task> Probe, bool Scanning = false);

    private sealed record RunFigures(Audience Audience, LatencyRecorder Alerts, double AchievedEventsPerSec, double MessagesPerSec, double MegabytesPerSec, long Lost, ConnectionBytes Connections, double JitShare);

    private static async Task<RunFigures> WatchAsync(Watch watch, TextWriter log, bool measureConnections = false)
    {
        await using var host = await BenchHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Floor:Rules:LongHold:Warning"] = LiveProbes.LongHoldWarningSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var token = await host.TokenAsync();
        var alerts = new LatencyRecorder();
        using var http = host.ConnectorClient();
        var load = new PacedLoad(http, watch.Events, watch.Rate);
        // The agents are on the floor before anyone watches: clients start from a snapshot that holds them.
        await load.PrimeAsync([.. watch.Logins, .. watch.ExtraLogins]);
        // The front end's own share first, with the clients in another process; then, for the run, in this one.
        var alone = measureConnections ? await ServerConnectionCost.MeasureAsync(host.BaseAddress, token, watch.Audience.Scopes) : null;
        var heapBefore = measureConnections ? HeapProbe.Collect() : 0;
        var watchers = await ConnectAsync(host, token, watch, alerts);
        var heapAfter = measureConnections ? HeapProbe.Collect() : 0;
        try
        {
            var probes = new LiveProbes(http, alerts, watch.Run);
            var (deltasBefore, bytesBefore) = (watchers.Sum(w => w.Deltas), watchers.Sum(w => w.Bytes));
            var clock = Stopwatch.StartNew();
            var (cpu, jit) = (Process.GetCurrentProcess().TotalProcessorTime, System.Runtime.JitInfo.GetCompilationTime());
            var trace = Trace ? new RunTrace() : null;
            using var stop = new CancellationTokenSource();
            var loading = load.RunAsync(watch.Length, stop.Token);
            var probing = ProbeAsync(probes, watch, stop.Token);
            await Task.WhenAll(loading, probing);
            // The JIT's share of the run: a young process compiling (tiering up) competes with the floor for the cores.
            var jitShare = (System.Runtime.JitInfo.GetCompilationTime() - jit) / (Process.GetCurrentProcess().TotalProcessorTime - cpu);
            var delivered = watchers.Sum(w => w.Deltas) - deltasBefore;
            var messagesPerSec = delivered / clock.Elapsed.TotalSeconds;
            var megabytesPerSec = (watchers.Sum(w => w.Bytes) - bytesBefore) / 1e6 / clock.Elapsed.TotalSeconds;
            var changesPerDelta = watchers.Sum(w => w.Changes) / (double)Math.Max(1, watchers.Sum(w => w.Deltas));
            var lost = await watch.Audience.LostAfterAsync(Deadline);
            var lostAlerts = await alerts.LostAfterAsync(Deadline + TimeSpan.FromSeconds(2));
            var achieved = load.Accepted / load.Elapsed.TotalSeconds;
            var perConnection = (heapAfter - heapBefore) / (double)watchers.Count;
            var kinds = string.Join(", ", watch.Audience.ByKind.Select(k => $"{k.Key} ×{watch.Audience.Count(k.Key):N0} p50 {k.Value.PercentileMs(50):0.0} ms p99 {k.Value.PercentileMs(99):0.0} ms"));
            log.WriteLine(
                $"  {watch.Run}: offered {watch.Rate:N0}/s, accepted {achieved:N0}/s ({load.Rejected:N0} refused), JIT {jitShare:P0} of the CPU, {watchers.Count:N0} client(s), {messagesPerSec:N0} deltas/s delivered ({changesPerDelta:0} changes each, {megabytesPerSec:0.0} MB/s); " +
                $"event→client p50 {watch.Audience.PercentileMs(50):0.0} ms p99 {watch.Audience.PercentileMs(99):0.0} ms p99.9 {watch.Audience.PercentileMs(99.9):0.0} ms ({watch.Audience.Receipts:N0} receipts, {lost:N0} lost) [{kinds}]" +
                $"; changes by kind: {string.Join(", ", watchers.SelectMany(w => w.Kinds).GroupBy(k => k.Key).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Sum(k => k.Value):N0}"))}" +
                $"; MB by scope and kind: {string.Join(", ", watchers.GroupBy(w => Audience.KindOf(w.Scope)).Select(s => $"{s.Key} ({string.Join(" ", s.SelectMany(w => w.KindBytes).GroupBy(k => k.Key).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Sum(k => k.Value) / 1e6:0.0}"))})"))}" +
                (alerts.Probes > 0 ? $"; alert p50 {alerts.PercentileMs(50):0.0} ms p99 {alerts.PercentileMs(99):0.0} ms ({alerts.Receipts} of {alerts.Probes})" : string.Empty) +
                (alone is null ? string.Empty : $"; heap per connection: server {alone.ServerBytesPerConnection / 1024:0.0} KB and client {alone.ClientBytesPerConnection / 1024:0.0} KB in separate processes, {perConnection / 1024:0.0} KB together in one"));
            trace?.WriteTo(log, watch.Audience);
            return new RunFigures(watch.Audience, alerts, achieved, messagesPerSec, megabytesPerSec, lost, new ConnectionBytes(alone?.ServerBytesPerConnection ?? 0, alone?.ClientBytesPerConnection ?? 0, perConnection), jitShare);
        }
        finally
        {
            await Task.WhenAll(watchers.Select(w => w.DisposeAsync().AsTask()));
        }
    }

    /// <summary>A probe every 50 ms; alert probes, when asked for, every fifth tick of the run's first half (each needs its threshold to pass before the run ends).</summary>
    private static async Task ProbeAsync(LiveProbes probes, Watch watch, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ProbeEvery);
        var clock = Stopwatch.StartNew();
        var tick = 0;
        while (clock.Elapsed < watch.Length && await timer.WaitForNextTickAsync(cancellationToken))
        {
            await watch.Probe(probes, tick);
            if (watch.Alerts && tick % 5 == 0 && clock.Elapsed < watch.Length / 2)
            {
                await probes.PostAlertProbeAsync();
            }

            tick++;
        }
    }

    /// <summary>
    /// Fan-out's thousand clients scan bytes (<see cref="DeltaScanner"/>); the others read each
    /// delta as a JSON document (<see cref="FloorWatcher"/>), as alert probes need the alert's rule.
    /// </summary>
    private static async Task<List<IFloorClient>> ConnectAsync(BenchHost host, string token, Watch watch, LatencyRecorder alerts) =>
        watch.Scanning
            ? [.. await DeltaScanner.ConnectAllAsync(host.BaseAddress, token, watch.Audience.Scopes, i => watch.Audience.RecorderOf(i).Received)]
            : [.. await FloorWatcher.ConnectAllAsync(host.BaseAddress, token, watch.Audience.Scopes, i =>
            {
                var recorder = watch.Audience.RecorderOf(i);
                return (change, client, at) =>
                {
                    if (LiveProbes.ProbeOf(change) is { } probe)
                    {
                        (probe.StartsWith("aprobe-", StringComparison.Ordinal) ? alerts : recorder).Received(probe, client, at);
                    }
                };
            })];
}
