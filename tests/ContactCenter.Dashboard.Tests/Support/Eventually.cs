namespace ContactCenter.Dashboard.Tests.Support;

/// <summary>Waits for what the grains bring about after a request returned (one-way calls, timers): a deadline, never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> until, string what, int deadlineMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(deadlineMs);
        var value = await read();
        while (!until(value))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out after {deadlineMs} ms waiting for {what}; last value: {value}");
            }

            await Task.Delay(25);
            value = await read();
        }

        return value;
    }
}
