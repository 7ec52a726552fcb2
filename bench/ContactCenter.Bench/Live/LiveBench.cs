using System.Diagnostics;
using ContactCenter.Bench.Hosting;
using ContactCenter.Bench.Results;
using ContactCenter.Bench.Throughput;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Bench.Live;

/// <summary>
/// Event-to-client latency at several loads, alert latency after a threshold, and fan-out to
/// many hub clients: the real product on loopback, the system clock, a fresh host per run.
/// </summary>
public static class LiveBench
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static async Task<LiveFigures> RunAsync(BenchMode mode, TextWriter log, CancellationToken cancellationToken = default)
    {
        var plan = LivePlan.For(mode);
        // The issue's floor, its events generated up front; each run re-stamps them onto the wall clock.
        var stream = FloorStream.Generate(FloorShape.Issue(TimeSpan.Zero, plan.EventsNeeded), DateTimeOffset.UtcNow.AddHours(-6));
        var all = stream.Measured.SelectMany(b => b).ToArray();
        var logins = all.Where(e => e.Type == FloorEventType.AgentLoggedIn).ToArray();
        var events = all.Where(e => e.Type != FloorEventType.AgentLoggedIn).ToArray();
        log.WriteLine($"live: {logins.Length:N0} agents log in before each run, then {events.Length:N0} events of a {stream.Shape.Agents:N0}-agent floor, posted as a connector; probes every {ProbeEvery.TotalMilliseconds:0} ms; {plan.Runs} run(s) of {plan.RunLength.TotalSeconds:0} s per load");

        var latencies = new List<LatencyAtRate>();
        var alertRuns = new List<(double P50, double P99, long Samples)>();
        foreach (var rate in plan.Rates)
        {
            var runs = new List<RunFigures>();
            for (var run = 0; run < plan.Runs; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var figures = await EventRunAsync(logins, events, rate, plan.RunLength, $"r{rate}x{run}", clients: 1, log);
                runs.Add(figures);
                alertRuns.Add((figures.Alerts.PercentileMs(50), figures.Alerts.PercentileMs(99), figures.Alerts.Receipts));
            }

            latencies.Add(new LatencyAtRate(
                rate,
                Median.Of(runs.Select(r => r.AchievedEventsPerSec)),
                Median.Of(runs.Select(r => r.Events.PercentileMs(50))),
                Median.Of(runs.Select(r => r.Events.PercentileMs(99))),
                Median.Of(runs.Select(r => r.Events.PercentileMs(99.9))),
                runs.Sum(r => r.Events.Receipts),
                runs.Count));
        }

        var fanout = new List<RunFigures>();
        var summary = new List<RunFigures>();
        for (var run = 0; run < plan.FanoutRuns; run++)
        {
            fanout.Add(await EventRunAsync(logins, events, plan.FanoutRate, plan.RunLength, $"f{run}", plan.FanoutClients, log));
            summary.Add(await EventRunAsync(logins, events, plan.FanoutRate, plan.RunLength, $"s{run}", plan.FanoutClients, log, Dashboard.Live.LiveScopes.Summary));
        }

        return new LiveFigures(
            latencies,
            Median.Of(alertRuns.Select(a => a.P50)),
            Median.Of(alertRuns.Select(a => a.P99)),
            alertRuns.Sum(a => a.Samples),
            plan.FanoutClients,
            plan.FanoutRate,
            Median.Of(fanout.Select(f => f.MessagesPerSec)),
            Median.Of(fanout.Select(f => f.Events.PercentileMs(50))),
            Median.Of(fanout.Select(f => f.Events.PercentileMs(99))),
            Median.Of(fanout.Select(f => f.Events.PercentileMs(99.9))),
            fanout.Count,
            plan.Runs,
            Median.Of(summary.Select(f => f.MessagesPerSec)),
            Median.Of(summary.Select(f => f.Events.PercentileMs(50))),
            Median.Of(summary.Select(f => f.Events.PercentileMs(99))));
    }

    private sealed record RunFigures(LatencyRecorder Events, LatencyRecorder Alerts, double AchievedEventsPerSec, double MessagesPerSec);

    private static async Task<RunFigures> EventRunAsync(FloorEvent[] logins, FloorEvent[] events, int rate, TimeSpan length, string run, int clients, TextWriter log, string scope = "floor")
    {
        await using var host = await BenchHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Floor:Rules:LongHold:Warning"] = LiveProbes.LongHoldWarningSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var token = await host.TokenAsync();
        var (eventProbes, alertProbes) = (new LatencyRecorder(), new LatencyRecorder());
        using var http = host.ConnectorClient();
        var load = new PacedLoad(http, events, rate);
        // The agents are on the floor before anyone watches: clients start from a snapshot that holds them.
        await load.PrimeAsync(logins);
        var watchers = await ConnectAsync(host, token, clients, scope, eventProbes, alertProbes);
        try
        {
            var probes = new LiveProbes(http, eventProbes, alertProbes, run);
            var deltasBefore = watchers.Sum(w => w.Deltas);
            var watch = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource();
            var loading = load.RunAsync(length, stop.Token);
            var probing = ProbeAsync(probes, length, clients == 1, stop.Token);
            await Task.WhenAll(loading, probing);
            var delivered = watchers.Sum(w => w.Deltas) - deltasBefore;
            var messagesPerSec = delivered / watch.Elapsed.TotalSeconds;
            var changesPerDelta = watchers.Sum(w => w.Changes) / (double)Math.Max(1, watchers.Sum(w => w.Deltas));
            var lostEvents = await eventProbes.LostAfterAsync(clients, Deadline);
            var lostAlerts = await alertProbes.LostAfterAsync(clients, Deadline + TimeSpan.FromSeconds(2));
            var achieved = load.Accepted / load.Elapsed.TotalSeconds;
            log.WriteLine(
                $"  {run}: offered {rate:N0}/s, accepted {achieved:N0}/s ({load.Rejected:N0} refused), {clients:N0} client(s) on {scope}, {messagesPerSec:N0} deltas/s delivered ({changesPerDelta:0} changes each); " +
                $"event→client p50 {eventProbes.PercentileMs(50):0.0} ms p99 {eventProbes.PercentileMs(99):0.0} ms p99.9 {eventProbes.PercentileMs(99.9):0.0} ms ({eventProbes.Receipts:N0} receipts, {lostEvents:N0} lost)" +
                (alertProbes.Probes > 0 ? $"; alert p50 {alertProbes.PercentileMs(50):0.0} ms p99 {alertProbes.PercentileMs(99):0.0} ms ({alertProbes.Receipts} of {alertProbes.Probes})" : string.Empty));
            return new RunFigures(eventProbes, alertProbes, achieved, messagesPerSec);
        }
        finally
        {
            await Task.WhenAll(watchers.Select(w => w.DisposeAsync().AsTask()));
        }
    }

    /// <summary>Event probes every 50 ms; a few alert probes early in the run (each needs its threshold to pass before the run ends).</summary>
    private static async Task ProbeAsync(LiveProbes probes, TimeSpan length, bool withAlerts, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ProbeEvery);
        var watch = Stopwatch.StartNew();
        var tick = 0;
        while (watch.Elapsed < length && await timer.WaitForNextTickAsync(cancellationToken))
        {
            await probes.PostEventProbeAsync();
            if (withAlerts && tick++ % 5 == 0 && watch.Elapsed < length / 2)
            {
                await probes.PostAlertProbeAsync();
            }
        }
    }

    private static async Task<List<FloorWatcher>> ConnectAsync(BenchHost host, string token, int clients, string scope, LatencyRecorder events, LatencyRecorder alerts)
    {
        var watchers = new FloorWatcher[clients];
        using var gate = new SemaphoreSlim(50);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                watchers[i] = await FloorWatcher.ConnectAsync(host.BaseAddress, token, i, scope, (change, client, at) =>
                {
                    if (LiveProbes.ProbeOf(change) is { } probe)
                    {
                        (probe.StartsWith("aprobe-", StringComparison.Ordinal) ? alerts : events).Received(probe, client, at);
                    }
                });
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. watchers];
    }
}
