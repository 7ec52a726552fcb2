using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>
/// Event ids derived from the line itself (time, call, queue, agent, event, data), so a posted, a
/// tailed and a replayed copy of one line are one event and a repeat is a duplicate. A line that
/// becomes several events numbers them.
/// </summary>
public static class QueueLogEventId
{
    public static string Of(QueueLogEntry entry, int part = 0)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(entry)), hash);
        var id = "ql-" + Convert.ToHexStringLower(hash[..12]);
        return part == 0 ? id : $"{id}-{part}";
    }

    /// <summary>
    /// The line with its fields trimmed and empty trailing data fields dropped, so spacing or
    /// padding a copy may gain or lose does not make it a new event.
    /// </summary>
    private static string Canonical(QueueLogEntry entry)
    {
        var data = entry.Data.Select(d => d.Trim()).ToList();
        while (data.Count > 0 && data[^1].Length == 0)
        {
            data.RemoveAt(data.Count - 1);
        }

        return string.Join('|', [entry.At.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), entry.CallId, entry.Queue, entry.Agent, entry.Event, .. data]);
    }
}
