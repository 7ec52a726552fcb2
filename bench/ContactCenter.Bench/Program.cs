using ContactCenter.Bench;

// dotnet run -c Release --project bench/ContactCenter.Bench [-- --quick | --smoke] [--out FOLDER] [--only throughput|grains|cluster|live|screens|memory|soak] [--trace]
// --hold-connections: the clients' side of the front end's cost per connection (a child process of the live section).
// --section NAME MODE FILE: one section of a whole run, in a process of its own, its figures written to FILE as JSON.
// --hold-pages: chromium's agent pages, the browser side of the front end's cost per agent page (a child process of the screens section).
// --trace: after each live run, every probe's start and slowest arrival, and the collector's pauses meanwhile.
if (args is [ContactCenter.Bench.Live.ConnectionHolder.Flag, ..])
{
    return await ContactCenter.Bench.Live.ConnectionHolder.RunAsync(Console.In, Console.Out);
}

if (args is [ContactCenter.Bench.Screens.PageHolder.Flag, ..])
{
    return await ContactCenter.Bench.Screens.PageHolder.RunAsync(Console.In, Console.Out);
}

ContactCenter.Bench.Live.LiveBench.Trace = args.Contains("--trace");
if (args is [ContactCenter.Bench.Hosting.SectionProcess.Flag, var section, var sectionMode, var figures, ..])
{
    return await ContactCenter.Bench.Hosting.SectionProcess.ChildAsync(section, sectionMode, figures, BenchProgram.SectionAsync);
}

if (!ContactCenter.Bench.Hosting.JitTiering.Immediate)
{
    return await ContactCenter.Bench.Hosting.JitTiering.RunAgainAsync(args);
}

var mode = args.Contains("--smoke") ? BenchMode.Smoke : args.Contains("--quick") ? BenchMode.Quick : BenchMode.Full;
var folder = Option("--out") ?? BenchFolder.Locate();
return await BenchProgram.RunAsync(mode, folder, Console.Out, Option("--only"));

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
