using System.Diagnostics;
using System.Globalization;
using ContactCenter.Bench.Hosting;
using ContactCenter.Bench.Live;
using ContactCenter.Bench.Memory;
using ContactCenter.Bench.Results;
using ContactCenter.Bench.Screens;
using ContactCenter.Bench.Soak;
using ContactCenter.Bench.Throughput;

namespace ContactCenter.Bench;

/// <summary>Runs every section in turn, each on its own fresh host (in the full run, in a process of its own), then writes and prints the results.</summary>
public static class BenchProgram
{
    /// <param name="only">A single section to run while working on it ("throughput", "grains", "cluster", "live", "screens", "memory", "soak"); nothing is written then.</param>
    public static async Task<int> RunAsync(BenchMode mode, string folder, TextWriter log, string? only = null)
    {
        var started = DateTimeOffset.UtcNow;
        var commit = MachineInfo.Commit();
        var watch = Stopwatch.StartNew();
        log.WriteLine($"ContactCenter benchmark, {mode} mode, on {MachineInfo.Current()}");
        switch (only)
        {
            case "throughput": await ThroughputBench.RunAsync(mode, log); return 0;
            case "grains": await ThroughputBench.GrainPathAsync(mode, log); return 0;
            case "cluster": await ThroughputBench.ClusterAsync(mode, log); return 0;
            case "live": await LiveBench.RunAsync(mode, log); return 0;
            case "screens": await AgentPageBench.RunAsync(mode, log); return 0;
            case "memory": await MemoryBench.RunAsync(mode, log); return 0;
            case "soak": await SoakBench.RunAsync(mode, log); return 0;
            case null: break;
            default: log.WriteLine($"--only takes throughput, grains, cluster, live, screens, memory or soak, not '{only}'"); return 2;
        }

        // The full run gives each section a process of its own (SectionProcess says why), and so
        // does the smoke run, which proves that path. --quick keeps one process: its live runs
        // have no warm-up of their own (three minutes allow none), and a fresh process spent a
        // third of their CPU compiling (fan-out p99 620 ms against 414 after the other sections).
        // The agent pages first: in one process, a heap reading after other sections saw their
        // hosts still being let go (a negative figure per page).
        var agentPages = await Timed("screens", () => Section<AgentPageFigures>("screens", mode, log), log);
        var throughput = await Timed("throughput", () => Section<ThroughputFigures>("throughput", mode, log), log);
        var live = await Timed("live", () => Section<LiveFigures>("live", mode, log), log);
        var memory = await Timed("memory", () => Section<MemoryFigures>("memory", mode, log), log);
        var soak = await Timed("soak", () => Section<SoakFigures>("soak", mode, log), log);
        var results = BenchResults.From(mode, started, watch.Elapsed, commit, throughput, live, memory, soak) with { AgentPages = agentPages };
        await ResultsWriter.WriteAsync(results, folder);
        log.WriteLine();
        log.WriteLine(Summary(results));
        log.WriteLine($"written: {Path.Combine(folder, "results.json")} and RESULTS.md, in {watch.Elapsed.TotalSeconds:0} s");
        return 0;
    }

    private static async Task<T> Section<T>(string section, BenchMode mode, TextWriter log) =>
        mode == BenchMode.Quick ? (T)await SectionAsync(section, mode, log) : await SectionProcess.RunAsync<T>(section, mode, log);

    /// <summary>A section of a whole run, run here or in a process of its own (<see cref="SectionProcess"/>).</summary>
    public static async Task<object> SectionAsync(string section, BenchMode mode, TextWriter log) => section switch
    {
        "screens" => await AgentPageBench.RunAsync(mode, log),
        "throughput" => await ThroughputBench.RunAsync(mode, log),
        "live" => await LiveBench.RunAsync(mode, log),
        "memory" => await MemoryBench.RunAsync(mode, log),
        "soak" => await SoakBench.RunAsync(mode, log),
        _ => throw new ArgumentException($"no section '{section}' in a whole run", nameof(section)),
    };

    /// <summary>Each section says how long it took: <c>--quick</c> has to fit in three minutes.</summary>
    private static async Task<T> Timed<T>(string section, Func<Task<T>> run, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        log.WriteLine($"  ({section}: {watch.Elapsed.TotalSeconds:0} s)");
        return result;
    }

    private static string Summary(BenchResults r) => string.Create(CultureInfo.InvariantCulture, $"""
        grain path      {r.GrainEventsPerSec,10:N0} events/s ({r.GrainToBaselineRatio:P1} of baseline, {r.GrainCpuMicrosPerEvent:0.0} µs CPU/event)
        HTTP API        {r.HttpEventsPerSec,10:N0} events/s ({r.HttpToBaselineRatio:P1} of baseline, {r.HttpCpuMicrosPerEvent:0.0} µs CPU/event)
        baseline loop   {r.BaselineEventsPerSec,10:N0} events/s ({r.BaselineCpuMicrosPerEvent:0.0} µs CPU/event)
        ops dashboard   grain path with Orleans' dashboard on: {r.GrainOpsDashboardCpuMicrosPerEvent:0.0} µs CPU/event
        event→client    p50 {r.EventToClientP50Ms:0.0} ms, p99 {r.EventToClientP99Ms:0.0} ms, p99.9 {r.EventToClientP999Ms:0.0} ms at {r.EventToClientAtEventsPerSec:N0} events/s
        alert→client    p50 {r.AlertToClientP50Ms:0.0} ms, p99 {r.AlertToClientP99Ms:0.0} ms after the threshold
        fan-out         {r.FanoutClients:N0} clients at {r.FanoutEventsPerSec:N0} events/s, {r.FanoutMessagesPerSec:N0} messages/s, p99 {r.FanoutP99Ms:0.0} ms
        agent screens   {r.AgentClients:N0} clients, p99 {r.AgentClientP99Ms:0.0} ms, {r.BytesPerConnection:N0} bytes per connection in the front end
        agent page      {r.BytesPerAgentPage:N0} bytes per open agent page in the front end ({r.AgentPages.Pages} pages in chromium)
        memory          {r.BytesPerCallGrain:N0} B per call grain, {r.BytesPerAgentGrain:N0} B per agent grain at {r.MemoryGrains:N0} each
        soak            {SoakFigures.SignedMegabytes(r.SoakHeapGrowthBytesPerHour)} MB heap per simulated hour over {r.Soak?.SimulatedHours:0.0} h
        """);
}
