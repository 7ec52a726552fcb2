using ContactCenter.Grains.Recovery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Grains.Tests;

/// <summary>
/// After a failed timer turn the grain is woken again until it answers, unless its host is
/// stopping: a stopped benchmark host once stayed in memory for eight minutes while three grains
/// kept trying to wake themselves on it.
/// </summary>
public sealed class WakeAfterFailedTurnTests
{
    private static readonly GrainId Grain = GrainId.Create("call", "c1");
    private readonly FakeTimeProvider wall = new();
    private readonly ListLogger<WakeAfterFailedTurnTests> log = new();
    private int attempts;

    [Fact]
    public async Task Wakes_again_after_growing_pauses_until_the_grain_answers()
    {
        var start = wall.GetUtcNow();
        var run = WakeAfterFailedTurn.RunAsync(() => Interlocked.Increment(ref attempts) < 3 ? throw new TimeoutException("unreachable") : Task.CompletedTask, Grain, wall, log, CancellationToken.None);

        await AdvanceUntil(() => run.IsCompleted, "the third attempt answered");

        await run;
        Assert.Equal(3, attempts);
        Assert.Equal(2, log.Entries.Count(e => e.Level == LogLevel.Warning));
        Assert.DoesNotContain(log.Entries, e => e.Level == LogLevel.Error);
        // Pauses of 1 s, 2 s and 4 s: the third attempt cannot come before 7 s of wall time.
        Assert.True(wall.GetUtcNow() - start >= TimeSpan.FromSeconds(7), $"answered after {wall.GetUtcNow() - start}");
    }

    [Fact]
    public async Task A_stopping_host_ends_the_retries_during_a_pause()
    {
        using var stopping = new CancellationTokenSource();
        var run = WakeAfterFailedTurn.RunAsync(() => { Interlocked.Increment(ref attempts); throw new TimeoutException("unreachable"); }, Grain, wall, log, stopping.Token);
        await AdvanceUntil(() => Volatile.Read(ref attempts) == 1, "the first attempt");

        stopping.Cancel();

        await run.WaitAsync(TimeSpan.FromSeconds(30));
        wall.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, Volatile.Read(ref attempts));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("left to the next wake walk", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task An_attempt_that_fails_because_the_host_stops_is_the_last_and_no_warning()
    {
        using var stopping = new CancellationTokenSource();
        var run = WakeAfterFailedTurn.RunAsync(() =>
        {
            Interlocked.Increment(ref attempts);
            stopping.Cancel();
            throw new SiloUnavailableException("the silo is stopping");
        }, Grain, wall, log, stopping.Token);

        await AdvanceUntil(() => run.IsCompleted, "the retries to end");

        await run;
        Assert.Equal(1, attempts);
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Warning);
    }

    /// <summary>Moves the wall clock a second at a time until <paramref name="done"/>: the loop's pauses are on that clock.</summary>
    private async Task AdvanceUntil(Func<bool> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"waited 30 s for {what}; attempts {attempts}");
            wall.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }
    }
}
