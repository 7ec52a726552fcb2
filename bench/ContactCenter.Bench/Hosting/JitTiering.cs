using System.Diagnostics;

namespace ContactCenter.Bench.Hosting;

/// <summary>
/// The runtime promotes a method to optimised code only once 100 ms have passed without a new
/// method being compiled. A benchmark process compiles new code all through its first minutes
/// (every section brings a path of its own), so its hot code stayed at the first tier for pass
/// after pass: <c>--quick</c> threw away six warm-up passes of the HTTP API before the JIT was
/// quiet. The benchmark therefore runs itself again with that delay at zero
/// (<c>DOTNET_TC_CallCountingDelayMs=0</c>, inherited by its children): the code it settles on
/// is the same, tiered and profile-guided as the product's, and it got there in three.
/// </summary>
public static class JitTiering
{
    private const string DelayVariable = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>Whether this process tiers up without the delay (as the benchmark always runs).</summary>
    public static bool Immediate => Environment.GetEnvironmentVariable(DelayVariable) == "0";

    /// <summary>This benchmark with the same arguments and the delay off, its output this process's, its exit code returned.</summary>
    public static async Task<int> RunAgainAsync(string[] args)
    {
        var start = BenchChild.StartInfo(args);
        (start.RedirectStandardInput, start.RedirectStandardOutput, start.RedirectStandardError) = (false, false, false);
        start.Environment[DelayVariable] = "0";
        using var child = Process.Start(start) ?? throw new InvalidOperationException("the benchmark did not start again with the JIT's tiering delay off");
        await child.WaitForExitAsync();
        return child.ExitCode;
    }
}
