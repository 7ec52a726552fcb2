namespace ContactCenter.Connectors.Asterisk.Tests;

/// <summary>Waits for a condition with a deadline, looking every 20 ms: tests wait on what happened, never on luck.</summary>
internal static class Eventually
{
    public static async Task True(Func<bool> condition, string what, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(15));
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"not within the deadline: {what}");
            }

            await Task.Delay(20);
        }
    }
}
