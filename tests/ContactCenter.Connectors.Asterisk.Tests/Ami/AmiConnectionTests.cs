using ContactCenter.Connectors.Asterisk.Ami;

namespace ContactCenter.Connectors.Asterisk.Tests.Ami;

/// <summary>One AMI connection: the banner, responses matched to their actions, events apart.</summary>
public sealed class AmiConnectionTests : IAsyncDisposable
{
    private readonly FakeAmiServer server = new();

    [Fact]
    public async Task Concurrent_actions_each_get_their_own_response_while_events_go_to_the_event_reader()
    {
        server.Answer = action => $"Response: Success\r\nEcho: {action["Variable"]}\r\n";
        await using var connection = await AmiConnection.ConnectAsync("127.0.0.1", server.Port, CancellationToken.None);
        Assert.Equal("5.0.1", connection.Version);

        var sends = Enumerable.Range(0, 20)
            .Select(i => connection.SendAsync([KeyValuePair.Create("Action", "Getvar"), KeyValuePair.Create("Variable", $"v{i}")], CancellationToken.None))
            .ToList();
        await server.PushAsync(FakeAmiServer.Frame(("Event", "Hangup"), ("Uniqueid", "1.1")), chunk: 5);
        var responses = await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"v{i}"), responses.Select(r => r["Echo"]));
        Assert.Equal(20, server.Actions.Select(a => a.ActionId).Distinct().Count());
        var hangup = await connection.Events.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("Hangup", "1.1"), (hangup.Name, hangup["Uniqueid"]));
    }

    [Fact]
    public async Task A_peer_that_is_not_AMI_is_refused_with_what_it_said()
    {
        server.Banner = "HTTP/1.1 400 Bad Request";

        var error = await Assert.ThrowsAsync<AmiProtocolException>(() => AmiConnection.ConnectAsync("127.0.0.1", server.Port, CancellationToken.None));
        Assert.Contains("HTTP/1.1 400", error.Message);
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_awaited_response_and_ends_the_events()
    {
        server.Answer = _ => throw new InvalidOperationException("never answers");
        await using var connection = await AmiConnection.ConnectAsync("127.0.0.1", server.Port, CancellationToken.None);
        var waiting = connection.SendAsync([KeyValuePair.Create("Action", "Ping")], CancellationToken.None);
        await Eventually.True(() => !server.Actions.IsEmpty, "the server received the action");

        await Assert.ThrowsAnyAsync<IOException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        await connection.Events.Completion.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();
}
