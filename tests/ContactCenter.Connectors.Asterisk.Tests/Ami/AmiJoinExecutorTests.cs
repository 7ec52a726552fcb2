using System.Collections.Concurrent;
using ContactCenter.Connectors.Asterisk.Ami;
using ContactCenter.Contracts.Alerts;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>Joins executed on an AMI session: once per command id, with Asterisk's answer reported.</summary>
public sealed class AmiJoinExecutorTests
{
    private readonly ConcurrentQueue<AmiMessage> sent = new();
    private readonly AmiOptions options = new() { SupervisorChannels = new(StringComparer.OrdinalIgnoreCase) { ["sam"] = "PJSIP/9001" } };

    private AmiJoinExecutor Executor(string answer) => new(
        (fields, _) =>
        {
            sent.Enqueue(new AmiMessage(fields));
            return Task.FromResult(AmiMessage.Of([.. answer.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => (l[..l.IndexOf(':')], l[(l.IndexOf(':') + 2)..]))]));
        },
        agent => agent == "201" ? "PJSIP/201" : null,
        options,
        NullLogger<AmiJoinExecutor>.Instance);

    private static JoinCommand Command(string id = "cmd-1", string agent = "201") =>
        new(id, "long-hold:c1:1", "c1", agent, "sam", JoinMode.Whisper, DateTimeOffset.FromUnixTimeSeconds(1732700000));

    [Fact]
    public async Task A_command_is_sent_once_however_often_it_is_delivered()
    {
        var executor = Executor("Response: Success\r\nMessage: Originate successfully queued");

        var first = await executor.ExecuteAsync(Command(), CancellationToken.None);
        var again = await executor.ExecuteAsync(Command(), CancellationToken.None);

        Assert.Equal((AmiJoinResult.Sent, AmiJoinResult.AlreadyExecuted), (first.Result, again.Result));
        Assert.Equal("cmd-1", Assert.Single(sent).ActionId);
    }

    [Fact]
    public async Task An_error_response_is_reported_with_its_message()
    {
        var outcome = await Executor("Response: Error\r\nMessage: Originate failed").ExecuteAsync(Command(), CancellationToken.None);

        Assert.Equal((AmiJoinResult.Refused, "Originate failed"), (outcome.Result, outcome.Detail));
    }

    [Fact]
    public async Task A_join_that_cannot_be_built_sends_nothing()
    {
        var outcome = await Executor("Response: Success").ExecuteAsync(Command(agent: "305"), CancellationToken.None);

        Assert.Equal(AmiJoinResult.NotPossible, outcome.Result);
        Assert.Empty(sent);
    }

    [Fact]
    public async Task On_a_live_session_the_originate_reaches_Asterisk_and_a_session_not_logged_in_fails_so_a_redelivery_may_try_again()
    {
        await using var server = new FakeAmiServer();
        server.Answer = _ => "Response: Error\r\nMessage: Originate failed\r\n";
        var session = new AmiSession(new AmiOptions { Port = server.Port, Secret = "secret" }, Asterisk.QueueLog.QueueLogAgents.None, new RecordingSink(), TimeProvider.System, NullLoggerFactory.Instance);
        var executor = new AmiJoinExecutor(session, options, NullLogger<AmiJoinExecutor>.Instance);

        Assert.Equal(AmiJoinResult.NotPossible, (await executor.ExecuteAsync(Command("cmd-0"), CancellationToken.None)).Result); // Interface not learnt yet.

        using var stop = new CancellationTokenSource();
        var run = session.RunAsync(stop.Token);
        await Eventually.True(() => session.Status.State == AmiSessionState.LoggedIn, "the session is logged in");
        await server.PushAsync(FakeAmiServer.Frame(("Event", "QueueMemberAdded"), ("Queue", "sales"), ("MemberName", "Alice"), ("Interface", "PJSIP/201"), ("Paused", "0"), ("Status", "1")));
        await Eventually.True(() => session.Mapper.InterfaceOf("201") is not null, "the member's interface is learnt");

        var outcome = await executor.ExecuteAsync(Command("cmd-2"), CancellationToken.None);

        Assert.Equal((AmiJoinResult.Refused, "Originate failed"), (outcome.Result, outcome.Detail));
        var originate = Assert.Single(server.Actions, a => a["Action"] == "Originate");
        Assert.Equal(("cmd-2", "PJSIP/201-,qbESw"), (originate.ActionId, originate["Data"]));

        await stop.CancelAsync();
        await run;
        var failed = await executor.ExecuteAsync(Command("cmd-3"), CancellationToken.None);
        Assert.Equal(AmiJoinResult.Failed, failed.Result);
        Assert.Contains("not logged in", failed.Detail);
        Assert.Equal(AmiJoinResult.Failed, (await executor.ExecuteAsync(Command("cmd-3"), CancellationToken.None)).Result);
    }
}
