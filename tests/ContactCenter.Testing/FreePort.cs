using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Testing;

/// <summary>
/// Loopback ports no one listens on now, for a silo, a gateway or a server of a test, taken below
/// the range the system hands out for outgoing connections. A port from that range (what binding
/// port 0 gives) is free only at that moment: a client's connection could take it before the
/// server that was meant for it starts, and a cluster script that adds 1, 2, 3 to a base port
/// used ports no one had checked. A front end of a fault test once failed to start that way.
/// </summary>
public static class FreePort
{
    private static readonly Lock Gate = new();
    private static readonly (int Low, int High) Range = BelowEphemeral();

    // Each test process starts somewhere else in the range: processes running side by side rarely meet.
    private static int next = Random.Shared.Next(Range.Low, Range.High);

    public static int Next() => Block(1);

    /// <summary>A base for silo-config/cluster.sh, which numbers servers from it (front end n on base + n): base + 1 to base + 9 are free.</summary>
    public static int ScriptBase() => Block(10);

    /// <summary>The first of <paramref name="count"/> consecutive free ports, for a script that numbers its servers from a base.</summary>
    public static int Block(int count)
    {
        lock (Gate)
        {
            for (var tried = 0; tried < Range.High - Range.Low; tried += count)
            {
                if (next + count > Range.High)
                {
                    next = Range.Low;
                }

                var first = next;
                next += count;
                if (Enumerable.Range(first, count).All(IsFree))
                {
                    return first;
                }
            }
        }

        throw new InvalidOperationException($"no {count} consecutive free loopback ports between {Range.Low} and {Range.High}");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>From 10,000 up to where the system's ephemeral range starts (Linux: ip_local_port_range).</summary>
    private static (int Low, int High) BelowEphemeral()
    {
        const string rangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
        var ephemeralLow = File.Exists(rangeFile)
            && int.TryParse(File.ReadAllText(rangeFile).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var low)
            ? low
            : 32768;
        return (10_000, Math.Max(20_000, ephemeralLow));
    }
}
