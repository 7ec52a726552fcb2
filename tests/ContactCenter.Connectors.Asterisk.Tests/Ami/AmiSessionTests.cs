using ContactCenter.Connectors.Asterisk.Ami;
using ContactCenter.Connectors.Asterisk.QueueLog;
using ContactCenter.Contracts.Events;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>The long-running session against a fake AMI server: login, events to the floor, and coming back after every kind of failure.</summary>
public sealed class AmiSessionTests : IAsyncDisposable
{
    private readonly FakeAmiServer server = new();
    private readonly RecordingSink sink = new();
    private readonly CancellationTokenSource stop = new();
    private readonly RecordingLoggerFactory logs = new();

    private AmiSession Session(string secret = "secret", int? port = null, TimeSpan? keepAlive = null) => new(
        new AmiOptions
        {
            Port = port ?? server.Port,
            Username = "floor",
            Secret = secret,
            ReconnectMinimum = TimeSpan.FromMilliseconds(50),
            ReconnectMaximum = TimeSpan.FromMilliseconds(200),
            KeepAlive = keepAlive ?? TimeSpan.FromSeconds(20),
            // Short only where a Ping is meant to go unanswered; elsewhere room for a loaded machine.
            ActionTimeout = keepAlive is null ? TimeSpan.FromSeconds(5) : TimeSpan.FromMilliseconds(500),
        },
        QueueLogAgents.None,
        sink,
        TimeProvider.System,
        logs);

    private static string Join(string call, string queue = "sales") => FakeAmiServer.Frame(
        ("Event", "QueueCallerJoin"), ("Privilege", "agent,all"), ("Channel", "PJSIP/trunk-00000001"), ("CallerIDNum", "+442079460123"),
        ("Uniqueid", call), ("Linkedid", call), ("Queue", queue), ("Position", "1"), ("Count", "1"));

    [Fact]
    public async Task It_logs_in_for_the_call_and_agent_classes_and_events_split_into_small_chunks_reach_the_floor()
    {
        var session = Session();
        var run = session.RunAsync(stop.Token);
        await Eventually.True(() => session.Status.State == AmiSessionState.LoggedIn, "the session is logged in");

        await server.PushAsync(FakeAmiServer.Frame(("Event", "FullyBooted"), ("Status", "Fully Booted")) + Join("1732700010.1"), chunk: 7);
        await Eventually.True(() => sink.Events.Count > 0, "the queued call reaches the floor");

        var queued = Assert.Single(sink.Events);
        Assert.Equal((FloorEventType.CallQueued, "1732700010.1", "sales"), (queued.Type, queued.CallId, queued.QueueId));
        var login = server.Actions.First();
        Assert.Equal(("Login", "floor", "secret", "call,agent"), (login["Action"], login["Username"], login["Secret"], login["Events"]));
        // Then the queue members are asked for, so joins know the agents' interfaces at once.
        await Eventually.True(() => server.Actions.Any(a => a["Action"] == "QueueStatus"), "the members are asked for");
        Assert.Equal("5.0.1", session.Status.Version);

        await stop.CancelAsync();
        await run;
        Assert.Equal(AmiSessionState.Disconnected, session.Status.State);
    }

    [Fact]
    public async Task A_connection_that_stops_answering_is_noticed_by_its_ping_and_the_session_reconnects()
    {
        server.Unanswered["Ping"] = true;
        var session = Session(keepAlive: TimeSpan.FromMilliseconds(100));
        var run = session.RunAsync(stop.Token);

        await Eventually.True(() => server.Logins >= 2, "the session reconnects after an unanswered Ping");
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("no answer to Ping within 0.5 s", StringComparison.Ordinal));

        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task A_refused_login_shows_in_the_status_and_is_retried_until_the_server_accepts()
    {
        server.AcceptedSecret = "another";
        var session = Session();
        var run = session.RunAsync(stop.Token);

        await Eventually.True(() => session.Status.Attempts >= 3, "three attempts were made");
        Assert.Equal("login refused: Authentication failed", session.Status.LastError);
        Assert.Equal(0, server.Logins);
        var warning = logs.Lines.First(l => l.Level == LogLevel.Warning).Message;
        Assert.Contains($"127.0.0.1:{server.Port}", warning);
        Assert.Contains("attempt 1: login refused: Authentication failed", warning);

        server.AcceptedSecret = "secret";
        await Eventually.True(() => session.Status.State == AmiSessionState.LoggedIn, "the session logs in once the secret is accepted");
        Assert.Null(session.Status.LastError);

        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task After_a_dropped_connection_it_reconnects_and_the_feed_goes_on()
    {
        var session = Session();
        var statuses = new ConcurrentQueue<AmiSessionStatus>();
        session.StatusChanged += statuses.Enqueue;
        var run = session.RunAsync(stop.Token);
        await Eventually.True(() => server.Logins == 1, "the first login");
        await server.PushAsync(Join("1732700010.1"));
        await Eventually.True(() => sink.Events.Count == 1, "the first event arrives");

        server.Drop();
        await Eventually.True(() => server.Logins == 2 && session.Status.State == AmiSessionState.LoggedIn, "the session logs in again");
        Assert.Contains(statuses, s => s is { State: AmiSessionState.Disconnected, Attempts: 1, LastError: not null });
        await server.PushAsync(Join("1732700020.2"));
        await Eventually.True(() => sink.Events.Count == 2, "the event after the reconnect arrives");

        Assert.Equal(["1732700010.1", "1732700020.2"], sink.Events.Select(e => e.CallId));
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task A_refused_connection_and_a_peer_that_is_not_AMI_are_failures_it_keeps_retrying()
    {
        var closedPort = new FakeAmiServer();
        var port = closedPort.Port;
        await closedPort.DisposeAsync();
        var refused = Session(port: port);
        var run = refused.RunAsync(stop.Token);
        await Eventually.True(() => refused.Status.Attempts >= 2, "two attempts at a closed port");
        Assert.Equal(AmiSessionState.Disconnected, refused.Status.State);
        Assert.False(string.IsNullOrEmpty(refused.Status.LastError));

        server.Banner = "SSH-2.0-OpenSSH_9.6";
        var notAmi = Session();
        var run2 = notAmi.RunAsync(stop.Token);
        await Eventually.True(() => notAmi.Status.LastError?.Contains("not an Asterisk Manager Interface", StringComparison.Ordinal) == true, "the banner is refused");

        await stop.CancelAsync();
        await Task.WhenAll(run, run2);
    }

    [Fact]
    public async Task A_sink_that_fails_is_tried_again_and_no_event_is_lost()
    {
        // More failures than a few quick retries would cover: Asterisk never sends an event again.
        sink.FailFirstCalls = 4;
        var session = Session();
        var run = session.RunAsync(stop.Token);
        await Eventually.True(() => session.Status.State == AmiSessionState.LoggedIn, "the session is logged in");

        await server.PushAsync(Join("1732700010.1"));
        await Eventually.True(() => sink.Events.Count == 1, "the event arrives on the fifth try");
        Assert.Equal(5, sink.Calls);

        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task An_event_the_floor_refuses_is_logged_with_its_reason_and_the_feed_goes_on()
    {
        sink.Refused.Add(FloorEventType.CallQueued);
        var session = Session();
        var run = session.RunAsync(stop.Token);
        await Eventually.True(() => session.Status.State == AmiSessionState.LoggedIn, "the session is logged in");

        await server.PushAsync(Join("1732700010.1") + FakeAmiServer.Frame(
            ("Event", "QueueCallerAbandon"), ("Uniqueid", "1732700010.1"), ("Linkedid", "1732700010.1"), ("Queue", "sales"), ("Position", "1"), ("OriginalPosition", "1"), ("HoldTime", "9")));
        await Eventually.True(() => sink.Events.Count == 1, "the event after the refused one arrives");
        // The refusal is logged once the sink has answered, which may be just after the event is kept.
        await Eventually.True(
            () => logs.Lines.Any(l => l.Level == LogLevel.Warning && l.Message.Contains("refused by the floor: type: invalid transition", StringComparison.Ordinal)),
            "the refusal is logged with its reason");

        Assert.Equal(FloorEventType.CallAbandoned, Assert.Single(sink.Events).Type);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task Actions_can_be_sent_on_the_live_session_and_fail_clearly_when_it_is_not_logged_in()
    {
        var session = Session();
        var early = await Assert.ThrowsAsync<InvalidOperationException>(() => session.SendActionAsync([KeyValuePair.Create("Action", "Ping")], CancellationToken.None));
        Assert.Contains("not logged in", early.Message);

        var run = session.RunAsync(stop.Token);
        await Eventually.True(() => session.Status.State == AmiSessionState.LoggedIn, "the session is logged in");
        server.Answer = _ => "Response: Success\r\nPing: Pong\r\n";
        var pong = await session.SendActionAsync([KeyValuePair.Create("Action", "Ping")], CancellationToken.None);

        Assert.Equal("Pong", pong["Ping"]);
        await stop.CancelAsync();
        await run;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await server.DisposeAsync();
        stop.Dispose();
    }
}
