namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>Waits on a condition with a deadline instead of sleeping a fixed time: quick when things are quick, clear when they never happen.</summary>
internal static class Eventually
{
    public static async Task True(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }
}
