using ContactCenter.Grains.Pacing;
using ContactCenter.Grains.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Grains.Tests;

/// <summary>Writes and pushes are paced on their own (wall) clock: one request per burst, none after the activation stops.</summary>
public sealed class PacingTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_burst_of_changes_asks_for_one_flush_once_the_delay_has_passed_on_its_clock()
    {
        var clock = new FakeTimeProvider();
        var state = new CountingState();
        var requests = 0;
        WriteBehind<string>? writer = null;
        var flushed = new TaskCompletionSource();
        writer = new WriteBehind<string>(state, new DelayedSelfCall(Delay, clock, async () =>
        {
            Interlocked.Increment(ref requests);
            await writer!.FlushAsync();
            flushed.TrySetResult();
        }, NullLogger.Instance));

        writer.MarkDirty();
        writer.MarkDirty();
        writer.MarkDirty();
        clock.Advance(Delay - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, state.Writes);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await flushed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, requests);
        Assert.Equal(1, state.Writes);
    }

    [Fact]
    public async Task After_a_request_arrives_the_next_change_asks_again()
    {
        var clock = new FakeTimeProvider();
        var arrivals = new SemaphoreSlim(0);
        DelayedSelfCall? paced = null;
        paced = new DelayedSelfCall(Delay, clock, () =>
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
    public async Task A_flush_with_nothing_changed_writes_nothing_and_a_stopped_writer_asks_no_more()
    {
        var clock = new FakeTimeProvider();
        var state = new CountingState();
        var requests = 0;
        var writer = new WriteBehind<string>(state, new DelayedSelfCall(Delay, clock, () =>
        {
            Interlocked.Increment(ref requests);
            return Task.CompletedTask;
        }, NullLogger.Instance));

        await writer.FlushAsync();
        Assert.Equal(0, state.Writes);

        writer.MarkDirty();
        writer.Stop();
        clock.Advance(Delay * 2);
        await writer.FlushAsync();
        Assert.Equal(0, Volatile.Read(ref requests));
        Assert.Equal(1, state.Writes);
    }

    private sealed class CountingState : IPersistentState<string>
    {
        private int writes;

        public int Writes => Volatile.Read(ref writes);

        public string State { get; set; } = string.Empty;

        public string? Etag => null;

        public bool RecordExists => writes > 0;

        public Task ClearStateAsync() => Task.CompletedTask;

        public Task ReadStateAsync() => Task.CompletedTask;

        public Task WriteStateAsync()
        {
            Interlocked.Increment(ref writes);
            return Task.CompletedTask;
        }
    }
}
