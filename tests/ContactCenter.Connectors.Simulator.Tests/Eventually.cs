using System.Diagnostics;

namespace ContactCenter.Connectors.Simulator.Tests;

/// <summary>Waits for a condition that another thread will make true, failing after a deadline instead of sleeping a fixed time.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = deadline ?? TimeSpan.FromSeconds(5);
        while (!condition())
        {
            Assert.True(clock.Elapsed < limit, $"timed out waiting until {what}");
            await Task.Delay(10);
        }
    }
}
