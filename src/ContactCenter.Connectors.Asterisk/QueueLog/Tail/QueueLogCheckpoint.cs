using System.Globalization;

namespace ContactCenter.Connectors.Asterisk.QueueLog.Tail;

/// <summary>
/// How far the tail has brought a queue_log to the floor: the file, the byte just after the last
/// acknowledged line, and that line's number (so problems later in the file are reported by their
/// real line). Written only after the floor acknowledged every line before it.
/// <para>
/// A file is recognised by its inode and a fingerprint of its first line, not by its device: a
/// log directory mounted over NFS has another device number on each machine, and a file system may
/// give a deleted file's inode to a new file, whose first line then differs.
/// </para>
/// </summary>
public sealed record QueueLogCheckpoint(FileIdentity File, long Offset, int Line, string Fingerprint = "")
{
    /// <summary>The stored form: <c>device:inode:offset:line:fingerprint</c>.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{File.Device}:{File.Inode}:{Offset}:{Line}:{Fingerprint}");

    /// <summary>Whether <paramref name="file"/> is the file this checkpoint was taken in.</summary>
    public bool IsOf(QueueLogFile file) => file.Identity.Inode == File.Inode && file.Fingerprint == Fingerprint;

    public static QueueLogCheckpoint? Parse(string? stored)
    {
        var parts = stored?.Split(':');
        return parts is { Length: 4 or 5 }
            && ulong.TryParse(parts[0], CultureInfo.InvariantCulture, out var device)
            && ulong.TryParse(parts[1], CultureInfo.InvariantCulture, out var inode)
            && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var offset) && offset >= 0
            && int.TryParse(parts[3], CultureInfo.InvariantCulture, out var line) && line >= 0
            ? new QueueLogCheckpoint(new FileIdentity(device, inode), offset, line, parts.Length == 5 ? parts[4] : string.Empty)
            : null;
    }
}
