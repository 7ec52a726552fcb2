using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// SignalR's own lifetime manager, which also tells <see cref="LiveConnections"/> of each
/// connection: only here does the hub expose the connection object that writes a message
/// serialised once for many readers.
/// </summary>
public sealed class FloorHubLifetime(ILogger<DefaultHubLifetimeManager<FloorHub>> logger, LiveConnections connections)
    : DefaultHubLifetimeManager<FloorHub>(logger)
{
    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await base.OnConnectedAsync(connection);
        connections.Connected(connection.ConnectionId, message => connection.WriteAsync(message, connection.ConnectionAborted));
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        connections.Disconnected(connection.ConnectionId);
        await base.OnDisconnectedAsync(connection);
    }
}
