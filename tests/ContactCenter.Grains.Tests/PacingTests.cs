using ContactCenter.Grains.Pacing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Grains.Tests;

/// <summary>Pushes are paced on their own (wall) clock: one request per burst, none after the activation stops.</summary>
public sealed class PacingTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task After_a_request_arrives_the_next_change_asks_again()
    {
        var clock = new FakeTimeProvider();
        var arrivals = new SemaphoreSlim(0);
        DelayedSelfCall? paced = null;
        paced = new DelayedSelfCall(Delay, new PacedSchedule(clock), () =>
        {
            paced!.Arrived();
            arrivals.Release();
            return Task.CompletedTask;
        }, NullLogger.Instance);

        paced.Ask();
        clock.Advance(Delay);
        Assert.True(await arrivals.WaitAsync(TimeSpan.FromSeconds(10)));

        paced.Ask();
        clock.Advance(Delay);
        Assert.True(await arrivals.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_burst_of_asks_sends_one_request_and_a_stopped_call_sends_none()
    {
        var clock = new FakeTimeProvider();
        var requests = 0;
        var paced = Sending(new PacedSchedule(clock), Delay, () => Interlocked.Increment(ref requests));

        paced.Ask();
        paced.Ask();
        paced.Ask();
        clock.Advance(Delay - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, Volatile.Read(ref requests));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.Get(() => Task.FromResult(Volatile.Read(ref requests)), n => n == 1, "one request for the burst");

        paced.Arrived();
        paced.Ask();
        paced.Stop();
        clock.Advance(Delay * 2);
        await Task.Yield();
        Assert.Equal(1, Volatile.Read(ref requests));
    }

    [Fact]
    public async Task Waits_of_many_grains_share_one_schedule_and_each_goes_at_its_own_time()
    {
        var clock = new FakeTimeProvider();
        var schedule = new PacedSchedule(clock);
        var sent = new System.Collections.Concurrent.ConcurrentQueue<string>();
        DelayedSelfCall Call(string name, TimeSpan delay) => Sending(schedule, delay, () => sent.Enqueue(name));

        var slow = Call("slow", Delay * 3);
        var fast = Call("fast", Delay);
        var stopped = Call("stopped", Delay * 2);

        // The later wait is asked first: the earlier one must still re-arm the schedule's timer.
        slow.Ask();
        stopped.Ask();
        fast.Ask();
        stopped.Stop();

        clock.Advance(Delay);
        await Eventually.Get(() => Task.FromResult(sent.ToArray()), s => s.Length == 1, "the first request sent");
        clock.Advance(Delay);
        clock.Advance(Delay - TimeSpan.FromMilliseconds(1));
        await Task.Yield();
        Assert.Equal(["fast"], sent.ToArray());

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.Get(() => Task.FromResult(sent.ToArray()), s => s.Length == 2, "the second request sent");
        Assert.Equal(["fast", "slow"], sent.ToArray());
    }

    [Fact]
    public async Task A_clock_set_back_does_not_hold_a_request_back()
    {
        var ticking = new FakeTimeProvider();
        var clock = new TimeOfDaySetBack(ticking);
        var sent = 0;
        var paced = Sending(new PacedSchedule(clock), Delay, () => Interlocked.Increment(ref sent));

        paced.Ask();
        clock.SetBack(TimeSpan.FromHours(1));
        ticking.Advance(Delay);
        await Eventually.Get(() => Task.FromResult(Volatile.Read(ref sent)), n => n == 1, "the request sent after its delay");
    }

    [Fact]
    public void A_schedule_disposed_with_its_silo_takes_no_more_requests()
    {
        var clock = new FakeTimeProvider();
        var schedule = new PacedSchedule(clock);
        var sent = 0;
        var paced = Sending(schedule, Delay, () => sent++);

        paced.Ask();
        schedule.Dispose();
        paced.Arrived();
        paced.Ask();
        clock.Advance(Delay * 2);
        Assert.Equal(0, sent);
    }

    /// <summary>A paced call whose request only notes that it was sent.</summary>
    private static DelayedSelfCall Sending(PacedSchedule schedule, TimeSpan delay, Action sent) => new(delay, schedule, () =>
    {
        sent();
        return Task.CompletedTask;
    }, NullLogger.Instance);

    /// <summary>A wall clock whose time of day is set back while time goes on ticking (a correction, a resumed machine).</summary>
    private sealed class TimeOfDaySetBack(FakeTimeProvider ticking) : TimeProvider
    {
        private TimeSpan back;

        public void SetBack(TimeSpan by) => back += by;

        public override DateTimeOffset GetUtcNow() => ticking.GetUtcNow() - back;

        public override long GetTimestamp() => ticking.GetTimestamp();

        public override long TimestampFrequency => ticking.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            ticking.CreateTimer(callback, state, dueTime, period);
    }

    [Theory]
    [InlineData(false, LogLevel.Warning)]
    [InlineData(true, LogLevel.Debug)]
    public async Task A_failed_request_is_a_warning_unless_the_host_is_stopping(bool stopping, LogLevel expected)
    {
        var clock = new FakeTimeProvider();
        var log = new ListLogger<PacingTests>();
        using var host = new CancellationTokenSource();
        if (stopping)
        {
            await host.CancelAsync();
        }

        var paced = new DelayedSelfCall(Delay, new PacedSchedule(clock), () => throw new OrleansException("No active nodes are compatible with grain livefeedregistry"), log, host.Token);

        paced.Ask();
        clock.Advance(Delay);
        var entry = await Eventually.Get(() => Task.FromResult(log.Entries), e => e.Count == 1, "the failure logged");
        Assert.Equal(expected, entry[0].Level);

        // Either way the next change asks again.
        paced.Ask();
        clock.Advance(Delay);
        await Eventually.Get(() => Task.FromResult(log.Entries), e => e.Count == 2, "the next request sent and logged");
    }
}
