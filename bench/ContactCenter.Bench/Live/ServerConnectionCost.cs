using System.Globalization;
using ContactCenter.Bench.Memory;

namespace ContactCenter.Bench.Live;

/// <summary>
/// What a hub connection costs the front end alone: the clients live in a child process
/// (<see cref="ConnectionHolder"/>), so the growth of this process's heap, which hosts the
/// server, is the server's share, and the child reports the clients' share of its own.
/// </summary>
public static class ServerConnectionCost
{
    public sealed record Reading(int Connections, double ServerBytesPerConnection, double ClientBytesPerConnection);

    public static async Task<Reading> MeasureAsync(Uri server, string token, IReadOnlyList<string> scopes)
    {
        if (scopes.Count == 0)
        {
            return new Reading(0, 0, 0);
        }

        var before = await SettledHeapAsync();
        var holder = Hosting.BenchChild.Start(ConnectionHolder.Flag, "the connection holder");
        try
        {
            await holder.SendAsync([server.ToString(), token, .. scopes, string.Empty]);
            var held = await holder.ExpectAsync(line => line.Split(' ') is ["held", var count, _] && int.Parse(count, CultureInfo.InvariantCulture) == scopes.Count);
            var clientBytes = long.Parse(held.Split(' ')[2], CultureInfo.InvariantCulture);
            var after = await SettledHeapAsync();
            return new Reading(scopes.Count, (after - before) / (double)scopes.Count, clientBytes / (double)scopes.Count);
        }
        finally
        {
            await holder.DisposeAsync();
            // The server lets go of closed connections asynchronously: what follows measures from a settled heap.
            await SettledHeapAsync();
        }
    }

    private static async Task<long> SettledHeapAsync() => (await HeapProbe.SettledAsync(TimeSpan.FromSeconds(15))).Heap;
}
