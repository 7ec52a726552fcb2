using System.Globalization;

namespace ContactCenter.Connectors.Asterisk.QueueLog.Tail;

/// <summary>
/// How far the tail has brought a queue_log to the floor: the file (device, inode), the byte just
/// after the last acknowledged line, and that line's number (so problems later in the file are
/// reported by their real line). Written only after the floor acknowledged every line before it.
/// </summary>
public sealed record QueueLogCheckpoint(FileIdentity File, long Offset, int Line)
{
    /// <summary>The stored form: <c>device:inode:offset:line</c>.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{File.Device}:{File.Inode}:{Offset}:{Line}");

    public static QueueLogCheckpoint? Parse(string? stored)
    {
        var parts = stored?.Split(':');
        return parts is { Length: 4 }
            && ulong.TryParse(parts[0], CultureInfo.InvariantCulture, out var device)
            && ulong.TryParse(parts[1], CultureInfo.InvariantCulture, out var inode)
            && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var offset) && offset >= 0
            && int.TryParse(parts[3], CultureInfo.InvariantCulture, out var line) && line >= 0
            ? new QueueLogCheckpoint(new FileIdentity(device, inode), offset, line)
            : null;
    }
}
