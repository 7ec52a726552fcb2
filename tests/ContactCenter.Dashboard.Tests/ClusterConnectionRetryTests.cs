using ContactCenter.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Dashboard.Tests;

/// <summary>A front end whose silos are not up yet keeps trying to reach them, once a second, until the host stops.</summary>
public sealed class ClusterConnectionRetryTests
{
    [Fact]
    public async Task A_failed_connection_is_tried_again_after_a_second_and_never_once_the_host_stops()
    {
        var clock = new FakeTimeProvider();
        var retry = new ClusterConnectionRetry(clock, NullLogger<ClusterConnectionRetry>.Instance);

        var asked = retry.ShouldRetryConnectionAttempt(new InvalidOperationException("no gateway"), CancellationToken.None);
        clock.Advance(ClusterConnectionRetry.Pause - TimeSpan.FromMilliseconds(1));
        Assert.False(asked.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await asked.WaitAsync(TimeSpan.FromSeconds(10)));

        using var stopping = new CancellationTokenSource();
        var whileStopping = retry.ShouldRetryConnectionAttempt(new InvalidOperationException("no gateway"), stopping.Token);
        await stopping.CancelAsync();
        Assert.False(await whileStopping.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
