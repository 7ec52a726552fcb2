using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Connectors.Simulator.Tests;

public sealed class TrafficSimulatorTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_simulator_pushes_logins_at_once_and_calls_as_time_moves_on()
    {
        var time = new FakeTimeProvider(Start);
        var sink = new FakeSink();
        using var simulator = Create(new SimulatorOptions(), sink, time);

        await simulator.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => sink.Events.Count(e => e.Type == FloorEventType.AgentLoggedIn) == 60, "all agents logged in");
        Assert.DoesNotContain(sink.Events, e => e.Type == FloorEventType.CallQueued);

        time.Advance(TimeSpan.FromMinutes(5));
        await Eventually.HoldsAsync(() => sink.Events.Any(e => e.Type == FloorEventType.CallQueued), "a call was queued");
        await simulator.StopAsync(CancellationToken.None);

        var events = sink.Events;
        Assert.All(events, e => Assert.True(e.At <= time.GetUtcNow()));
        Assert.Empty(FloorChecker.Check(events));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public async Task Each_tick_pushes_only_the_events_that_came_due_and_never_one_twice()
    {
        var time = new FakeTimeProvider(Start);
        var sink = new FakeSink();
        using var simulator = Create(new SimulatorOptions(), sink, time);

        await simulator.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => sink.Batches.Count == 1, "the logins went out");
        for (var minute = 1; minute <= 3; minute++)
        {
            var pushed = sink.Batches.Count;
            time.Advance(TimeSpan.FromMinutes(1));
            await Eventually.HoldsAsync(() => sink.Batches.Count > pushed, $"minute {minute} was pushed");
        }

        await simulator.StopAsync(CancellationToken.None);

        var batches = sink.Batches;
        Assert.All(batches.Zip(batches.Skip(1)), pair => Assert.True(pair.First[^1].At <= pair.Second[0].At));
        var events = sink.Events;
        Assert.All(events, e => Assert.InRange(e.At, Start, time.GetUtcNow()));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
        Assert.Contains(events, e => e.At > Start.AddMinutes(2));
    }

    [Fact]
    public async Task A_batch_the_sink_throws_on_is_sent_again_and_the_simulator_keeps_running()
    {
        var time = new FakeTimeProvider(Start);
        var sink = new FakeSink { Respond = (attempt, events) => attempt == 1 ? throw new InvalidOperationException("silo not ready") : new IngestResult(events.Count, 0, []) };
        var logger = new ListLogger<TrafficSimulator>();
        using var simulator = Create(new SimulatorOptions(), sink, time, logger);

        await simulator.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => sink.Attempts == 1, "the first push failed");
        time.Advance(TimeSpan.FromMinutes(2));
        await Eventually.HoldsAsync(() => sink.Batches.Count >= 1, "the next push went through");
        await simulator.StopAsync(CancellationToken.None);

        var delivered = sink.Batches[0];
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"a{i}"), delivered.Take(60).Select(e => e.AgentId));
        Assert.Contains(delivered, e => e.Type == FloorEventType.CallQueued);
        var error = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal(60, error.Properties["Count"]);
        Assert.False(simulator.ExecuteTask!.IsFaulted);
    }

    [Fact]
    public async Task Rejected_events_are_logged_as_a_warning_with_counts_and_the_first_reason()
    {
        var time = new FakeTimeProvider(Start);
        var sink = new FakeSink
        {
            Respond = (_, events) => new IngestResult(events.Count - 2, 0, [new RejectedEvent(3, events[3].EventId, "state", "invalid-transition", "agent is talking"), new RejectedEvent(5, events[5].EventId, "at", "out-of-order")]),
        };
        var logger = new ListLogger<TrafficSimulator>();
        using var simulator = Create(new SimulatorOptions(), sink, time, logger);

        await simulator.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => logger.Entries.Any(e => e.Level == LogLevel.Warning), "the rejection was logged");
        await simulator.StopAsync(CancellationToken.None);

        var warning = logger.Entries.First(e => e.Level == LogLevel.Warning);
        Assert.Equal(2, warning.Properties["Rejected"]);
        Assert.Equal(60, warning.Properties["Sent"]);
        Assert.Equal(58, warning.Properties["Accepted"]);
        Assert.Equal("invalid-transition", warning.Properties["Reason"]);
        Assert.Equal(sink.Batches[0][3].EventId, warning.Properties["EventId"]);
    }

    [Fact]
    public async Task A_disabled_simulator_pushes_nothing()
    {
        var time = new FakeTimeProvider(Start);
        var sink = new FakeSink();
        using var simulator = Create(new SimulatorOptions { Enabled = false }, sink, time);

        await simulator.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => simulator.ExecuteTask!.IsCompleted, "the simulator gave up");
        time.Advance(TimeSpan.FromMinutes(5));
        await simulator.StopAsync(CancellationToken.None);

        Assert.Equal(0, sink.Attempts);
    }

    [Fact]
    public async Task The_simulator_waits_for_the_host_to_have_started()
    {
        var time = new FakeTimeProvider(Start);
        var sink = new FakeSink();
        var lifetime = new FakeLifetime();
        // No morning to fill: the logins are then at the moment the host started.
        using var simulator = new TrafficSimulator(Options.Create(new SimulatorOptions { Backfill = false }), sink, time, new ListLogger<TrafficSimulator>(), lifetime);

        await simulator.StartAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Yield();
        Assert.Equal(0, sink.Attempts);

        lifetime.Started();
        await Eventually.HoldsAsync(() => sink.Attempts > 0, "the simulator started pushing");
        await simulator.StopAsync(CancellationToken.None);

        Assert.All(sink.Events.Where(e => e.Type == FloorEventType.AgentLoggedIn), e => Assert.Equal(time.GetUtcNow(), e.At));
    }

    [Fact]
    public void Adding_the_simulator_binds_its_section_and_registers_the_hosted_service()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Simulator:Seed"] = "7", ["Simulator:Agents"] = "12", ["Simulator:Enabled"] = "false" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IEventSink, FakeSink>();

        services.AddTrafficSimulator(configuration);
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var options = provider.GetRequiredService<IOptions<SimulatorOptions>>().Value;
        Assert.Equal(7, options.Seed);
        Assert.Equal(12, options.Agents);
        Assert.False(options.Enabled);
        Assert.Equal(900, options.CallsPerHour);
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is TrafficSimulator);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Configuration_out_of_range_is_refused()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Simulator:Agents"] = "0" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IEventSink, FakeSink>();

        services.AddTrafficSimulator(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SimulatorOptions>>().Value);
    }

    private static TrafficSimulator Create(SimulatorOptions options, IEventSink sink, TimeProvider time, ILogger<TrafficSimulator>? logger = null) =>
        new(Options.Create(options), sink, time, logger ?? new ListLogger<TrafficSimulator>());

    private sealed class FakeLifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource started = new();

        public CancellationToken ApplicationStarted => started.Token;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void Started() => started.Cancel();

        public void StopApplication()
        {
        }
    }
}
