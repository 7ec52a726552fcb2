using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// The live floor for any client: the Blazor screens' peers, a TV, a third-party wall-board, an
/// agent desktop. Subscribe to a scope ("floor", "summary", "queue:{id}", "team:{id}", "agent:{id}") for its snapshot, then
/// receive "delta" messages numbered consecutively per scope; on a gap, a reconnect, or a "resync"
/// message, call Resync for a fresh snapshot. Contract: README.md, "Live push".
/// </summary>
public sealed class FloorHub(FloorMirror mirror, LiveConnections connections, Security.FloorAccess access) : Hub
{
    public ScopeSnapshotMessage Subscribe(string scope)
    {
        Authorise(scope);
        // Joined before the snapshot is taken: a delta drained meanwhile is either in it or delivered.
        connections.Join(Context.ConnectionId, scope);
        return mirror.Snapshot(scope);
    }

    public void Unsubscribe(string scope)
    {
        Check(scope);
        connections.Leave(Context.ConnectionId, scope);
    }

    public ScopeSnapshotMessage Resync(string scope)
    {
        Authorise(scope);
        return mirror.Snapshot(scope);
    }

    private void Authorise(string scope)
    {
        Check(scope);
        if (Context.User is not { } user || !access.MaySubscribe(user, scope))
        {
            throw new HubException($"you may not subscribe to '{scope}'");
        }
    }

    private static void Check(string scope)
    {
        if (!LiveScopes.IsValid(scope))
        {
            throw new HubException("scope must be 'floor', 'summary', 'queue:{id}', 'team:{id}' or 'agent:{id}'");
        }
    }
}
