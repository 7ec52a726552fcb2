namespace ContactCenter.Grains.Tests;

/// <summary>
/// Waits for a condition that a grain timer brings about after the fake clock moved: timers run
/// on the grain's scheduler, so the effect lands shortly after the advance. A deadline, never luck.
/// </summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> until, string what, int deadlineMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(deadlineMs);
        T value = await read();
        while (!until(value))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out waiting for {what}; last value: {value}");
            }

            await Task.Delay(20);
            value = await read();
        }

        return value;
    }
}
