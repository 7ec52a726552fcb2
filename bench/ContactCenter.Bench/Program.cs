using System.Diagnostics;
using ContactCenter.Bench;
using ContactCenter.Bench.Live;
using ContactCenter.Bench.Memory;
using ContactCenter.Bench.Results;
using ContactCenter.Bench.Throughput;

// dotnet run -c Release --project bench/ContactCenter.Bench [-- --quick | --smoke] [--out FOLDER]
var mode = args.Contains("--smoke") ? BenchMode.Smoke : args.Contains("--quick") ? BenchMode.Quick : BenchMode.Full;
var outIndex = Array.IndexOf(args, "--out");
var folder = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : BenchFolder.Locate();
return await BenchProgram.RunAsync(mode, folder, Console.Out);
