using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Connectors.Simulator.Tests;

/// <summary>The morning from the first minute: a demo started at 10:30 has a floor that opened at 08:00.</summary>
public sealed class BackfillTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 10, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_day_starts_at_the_opening_time_in_the_sites_zone_and_not_before_it()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var site = new SimulatorSite(shanghai);
        var options = new SimulatorOptions { OpeningTime = new TimeOnly(8, 30) };

        // 10:30 UTC is 18:30 in Shanghai: the site opened at 08:30 local, 00:30 UTC.
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 0, 30, 0, TimeSpan.Zero), site.DayStart(options, Morning));
        // 23:00 UTC on the 9th is 07:00 on the 10th in Shanghai: not open yet, no morning to fill.
        var early = new DateTimeOffset(2025, 3, 9, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(early, site.DayStart(options, early));
        Assert.Equal(Morning, site.DayStart(new SimulatorOptions { Backfill = false }, Morning));
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero), SimulatorSite.Utc.DayStart(new SimulatorOptions(), Morning));
    }

    [Fact]
    public async Task Started_mid_morning_the_simulator_sends_the_hours_since_opening_at_once_as_a_catch_up_then_goes_live()
    {
        var time = new FakeTimeProvider(Morning);
        var sink = new FakeSink();
        using var simulator = new TrafficSimulator(Options.Create(new SimulatorOptions()), sink, time, new ListLogger<TrafficSimulator>());

        await simulator.StartAsync(CancellationToken.None);
        var opening = Morning.AddHours(-2.5);
        await Eventually.HoldsAsync(() => MorningSent(sink, Morning), "the morning sent");
        var morning = sink.Batches;

        Assert.All(morning.SelectMany(b => b), e => Assert.InRange(e.At, opening, Morning));
        Assert.Equal(60, morning[0].Count(e => e.Type == FloorEventType.AgentLoggedIn && e.At == opening));
        // 2.5 hours in slices of at most 5 minutes of the floor: 30 of them.
        Assert.Equal(30, morning.Count);
        Assert.All(morning, b => Assert.True(b[^1].At - b[0].At <= TrafficSimulator.BackfillSlice, "a slice spans at most 5 minutes of the floor"));
        // About 900 calls an hour: a morning worth showing.
        Assert.InRange(morning.SelectMany(b => b).Count(e => e.Type == FloorEventType.CallQueued), 1_800, 2_700);
        Assert.Empty(FloorChecker.Check([.. morning.SelectMany(b => b)]));

        time.Advance(TimeSpan.FromMinutes(1));
        await Eventually.HoldsAsync(() => sink.Batches.Count > morning.Count, "a live batch after the morning");
        await simulator.StopAsync(CancellationToken.None);
        Assert.Equal(30, sink.CatchUpBatches);
        Assert.All(sink.Batches.Skip(morning.Count).SelectMany(b => b), e => Assert.True(e.At > Morning));
    }

    [Fact]
    public async Task A_restart_the_same_day_sends_the_same_morning_with_the_same_ids_so_nothing_counts_twice()
    {
        var first = await MorningIdsAsync(Morning);
        var afterRestart = await MorningIdsAsync(Morning.AddMinutes(20));

        Assert.NotEmpty(first);
        Assert.Subset(afterRestart, first);
    }

    [Fact]
    public async Task A_slice_the_sink_failed_goes_again_as_a_catch_up_before_anything_live()
    {
        var time = new FakeTimeProvider(Morning);
        // The first three attempts fail: the sink (the silo) is not ready yet.
        var sink = new FakeSink { Respond = (attempt, events) => attempt <= 3 ? throw new TimeoutException("not ready") : new IngestResult(events.Count, 0, []) };
        using var simulator = new TrafficSimulator(Options.Create(new SimulatorOptions()), sink, time, new ListLogger<TrafficSimulator>());

        await simulator.StartAsync(CancellationToken.None);
        for (var i = 0; i < 40 && !MorningSent(sink, Morning); i++)
        {
            await Task.Delay(10);
            time.Advance(TimeSpan.FromMilliseconds(250));
        }

        await simulator.StopAsync(CancellationToken.None);
        var morning = sink.Batches.TakeWhile(b => b[0].At <= Morning).ToList();
        Assert.Equal(morning.Count, sink.CatchUpBatches);
        Assert.Equal(
            sink.Events.Where(e => e.At <= Morning).Select(e => e.EventId).Order(StringComparer.Ordinal),
            morning.SelectMany(b => b).Where(e => e.At <= Morning).Select(e => e.EventId).Order(StringComparer.Ordinal));
        Assert.Contains(sink.Events, e => e.Type == FloorEventType.AgentLoggedIn && e.At == Morning.AddHours(-2.5));
    }

    [Fact]
    public async Task With_backfill_off_the_floor_starts_empty_now()
    {
        var time = new FakeTimeProvider(Morning);
        var sink = new FakeSink();
        using var simulator = new TrafficSimulator(Options.Create(new SimulatorOptions { Backfill = false }), sink, time, new ListLogger<TrafficSimulator>());

        await simulator.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => sink.Batches.Count > 0, "the logins");
        await simulator.StopAsync(CancellationToken.None);

        Assert.Equal(0, sink.CatchUpBatches);
        Assert.All(sink.Events, e => Assert.Equal(Morning, e.At));
    }

    /// <summary>The last slice (the one that ends at the start) has been taken.</summary>
    private static bool MorningSent(FakeSink sink, DateTimeOffset startedAt) =>
        sink.Batches is { Count: > 0 } batches && batches.Count == sink.CatchUpBatches && batches[^1][^1].At > startedAt - TrafficSimulator.BackfillSlice;

    private static async Task<HashSet<string>> MorningIdsAsync(DateTimeOffset startedAt)
    {
        var sink = new FakeSink();
        using var simulator = new TrafficSimulator(Options.Create(new SimulatorOptions()), sink, new FakeTimeProvider(startedAt), new ListLogger<TrafficSimulator>());
        await simulator.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => MorningSent(sink, startedAt), "the morning sent");
        await simulator.StopAsync(CancellationToken.None);
        return [.. sink.Events.Where(e => e.At <= Morning).Select(e => e.EventId)];
    }
}
