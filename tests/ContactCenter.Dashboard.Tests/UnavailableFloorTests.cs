using System.Net;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Ingestion;
using ContactCenter.Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace ContactCenter.Dashboard.Tests;

/// <summary>While the grains cannot be reached, the API answers 503 with Retry-After and says so: never a 500.</summary>
public sealed class UnavailableFloorTests(UnavailableFloorTests.AppWithFailingSink app) : IClassFixture<UnavailableFloorTests.AppWithFailingSink>
{
    private readonly FailingSink sink = app.Sink;

    public static TheoryData<string> Failures => ["silo", "rejected", "connection", "gateway", "timeout", "storage", "state-write", "version-conflict", "socket", "history", "unsettled", "activation-cancelled", "several"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Posting_events_while_the_grains_are_unreachable_is_503_with_retry_after(string failure)
    {
        sink.Failure = failure switch
        {
            "silo" => new SiloUnavailableException("silo S1 is dead"),
            // Orleans raises this one itself (its constructor is not public).
            "rejected" => (Exception)Activator.CreateInstance(typeof(OrleansMessageRejectionException), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null, ["target silo is shutting down"], null)!,
            "connection" => new ConnectionFailedException("connection to S1 dropped"),
            "gateway" => new GatewayTooBusyException("gateway overloaded"),
            "timeout" => new TimeoutException("response did not arrive on time"),
            "storage" => new Orleans.Persistence.Redis.RedisStorageException("Redis is restarting"),
            "state-write" => new OrleansException("Error from storage provider during WriteStateAsync", new Orleans.Persistence.Redis.RedisStorageException("Redis is restarting")),
            "version-conflict" => new Orleans.Storage.InconsistentStateException("Version conflict (WriteStateAsync): ETag=12"),
            "socket" => new Orleans.Networking.Shared.SocketConnectionException("Unable to connect to 127.0.0.1:30001. Error: ConnectionRefused"),
            "history" => new ContactCenter.Domain.History.HistoryUnavailableException("the history store refused a write"),
            "unsettled" => new OrleansException("Current directory at S127.0.0.1:11111:0 is not stable to perform the lookup for grainId call/c1. Retry later."),
            "activation-cancelled" => new TaskCanceledException("activation timed out"),
            _ => new AggregateException(new SiloUnavailableException("S1"), new TimeoutException("S2")),
        };

        using var response = await app.CreateClient().PostAsync("/api/events", new StringContent(
            $$"""[{"eventId":"u1","type":"CallQueued","at":"{{Wire.Time(Wire.Now())}}","callId":"u-c1","queueId":"u-q1"}]""",
            System.Text.Encoding.UTF8,
            "application/json"));
        var reply = await Reply.ReadAsync(response);

        reply.Error(HttpStatusCode.ServiceUnavailable, "floor", "unavailable");
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
    }

    [Theory]
    [InlineData("bug")]
    [InlineData("configuration")]
    public async Task Any_other_failure_is_still_a_failure_not_a_retry(string failure)
    {
        sink.Failure = failure == "bug"
            ? new InvalidOperationException("a bug")
            // An Orleans failure that waiting does not cure.
            : new OrleansConfigurationException("no storage provider named 'floor'");

        using var response = await app.CreateClient().PostAsync("/api/events", new StringContent(
            $$"""[{"eventId":"u-{{failure}}","type":"CallQueued","at":"{{Wire.Time(Wire.Now())}}","callId":"u-c2","queueId":"u-q1"}]""",
            System.Text.Encoding.UTF8,
            "application/json"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }

    /// <summary>The real app with an event sink that fails as the test says.</summary>
    public sealed class AppWithFailingSink : FloorApp
    {
        public AppWithFailingSink()
            : this(new FailingSink())
        {
        }

        private AppWithFailingSink(FailingSink sink)
            : base(new FloorAppOptions("unavailable-tests") { Security = false, Services = services => services.AddSingleton<IEventSink>(sink) }) => Sink = sink;

        public FailingSink Sink { get; }
    }

    public sealed class FailingSink : IEventSink
    {
        public Exception Failure { get; set; } = new InvalidOperationException("no failure set");

        public ValueTask<IngestResult> IngestAsync(IReadOnlyList<FloorEvent> events, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<IngestResult>(Failure);
    }
}
