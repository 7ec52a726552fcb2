using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>
/// Event ids derived from the AMI event's own fields (name, time, channels, queue, member and the
/// fields that say what changed), so one event seen twice (a replay, a second connection) is one
/// floor event and a repeat is a duplicate. An event that becomes several floor events numbers them,
/// as queue_log ids do.
/// </summary>
public static class AmiEventId
{
    private static readonly string[] CanonicalKeys =
    [
        "Event", "Uniqueid", "Linkedid", "DestUniqueid", "Queue", "Interface", "MemberName", "Paused", "PausedReason", "Reason", "Status",
        "TransfererUniqueid", "TransfereeUniqueid", "OrigTransfererUniqueid", "SecondTransfererUniqueid",
    ];

    public static string Of(AmiMessage message, DateTimeOffset at, int part = 0)
    {
        var canonical = string.Join('|', CanonicalKeys.Select(k => message[k]?.Trim() ?? string.Empty).Prepend(at.UtcTicks.ToString(CultureInfo.InvariantCulture)));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(canonical), hash);
        var id = "ami-" + Convert.ToHexStringLower(hash[..12]);
        return part == 0 ? id : $"{id}-{part}";
    }
}
