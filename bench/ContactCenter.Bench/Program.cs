using ContactCenter.Bench;

var mode = args.Contains("--smoke") ? BenchMode.Smoke : args.Contains("--quick") ? BenchMode.Quick : BenchMode.Full;
Console.WriteLine($"ContactCenter benchmark: {mode}");
return 0;
