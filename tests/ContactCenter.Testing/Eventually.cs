using System.Diagnostics;

namespace ContactCenter.Testing;

/// <summary>
/// Waits for what a grain, a timer or another thread brings about after the test acted: polls
/// with a deadline, never a fixed sleep, and says what it waited for when the deadline passes.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(10);

    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> until, string what, int deadlineMs = 10_000)
    {
        var clock = Stopwatch.StartNew();
        var value = await read();
        while (!until(value))
        {
            if (clock.ElapsedMilliseconds > deadlineMs)
            {
                throw new TimeoutException($"timed out after {deadlineMs} ms waiting for {what}; last value: {value}");
            }

            await Task.Delay(20);
            value = await read();
        }

        return value;
    }

    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = deadline ?? DefaultDeadline;
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"timed out after {limit.TotalSeconds:0.#} s waiting until {what}");
            }

            await Task.Delay(10);
        }
    }
}
