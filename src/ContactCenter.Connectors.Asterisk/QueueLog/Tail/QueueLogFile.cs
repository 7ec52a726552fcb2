using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Connectors.Asterisk.QueueLog.Tail;

/// <summary>
/// One queue_log file held open and read from a byte offset, a whole line at a time: a line Asterisk
/// is still writing (no end of line yet) stays for the next read, so it is never taken half. The
/// handle keeps the file readable after it is rotated away, so its last lines are not lost.
/// </summary>
public sealed class QueueLogFile : IDisposable
{
    /// <summary>Longer than any line Asterisk writes; a longer one is refused, not held forever.</summary>
    public const int MaxLineBytes = 64 * 1024;

    private const int FingerprintBytes = 256;

    private readonly FileStream stream;
    private readonly byte[] buffer = new byte[MaxLineBytes];
    private bool skippingLongLine;
    private string? fingerprint;

    private QueueLogFile(FileStream stream, long offset, int line)
    {
        this.stream = stream;
        Identity = FileIdentity.OfOpen(stream);
        Offset = offset;
        Line = line;
    }

    public FileIdentity Identity { get; }

    public string Name => stream.Name;

    /// <summary>The byte just after the last line read.</summary>
    public long Offset { get; private set; }

    /// <summary>The number of the last line read.</summary>
    public int Line { get; private set; }

    /// <summary>The file's length now; shorter than <see cref="Offset"/> means it was truncated in place.</summary>
    public long Length => stream.Length;

    public QueueLogCheckpoint Checkpoint => new(Identity, Offset, Line, Fingerprint);

    /// <summary>
    /// A hash of the file's first line (at most <see cref="FingerprintBytes"/> bytes of it), or empty
    /// while the file has no whole first line: with the inode, what tells this file from another.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            if (fingerprint is null)
            {
                var head = new byte[FingerprintBytes];
                stream.Position = 0;
                var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                var end = head.AsSpan(0, read).IndexOf((byte)'\n');
                if (end < 0 && read < head.Length)
                {
                    return string.Empty;
                }

                fingerprint = Convert.ToHexStringLower(SHA256.HashData(head.AsSpan(0, end < 0 ? read : end))[..8]);
            }

            return fingerprint;
        }
    }

    /// <summary>Opens <paramref name="path"/> sharing it with the writer and with rotation (rename, delete).</summary>
    public static QueueLogFile Open(string path, long offset = 0, int line = 0) =>
        new(new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite | FileShare.Delete,
        }), offset, line);

    /// <summary>Starts again from the top: the file was truncated in place (copytruncate).</summary>
    public void Rewind()
    {
        skippingLongLine = false;
        fingerprint = null;
        Offset = 0;
        Line = 0;
    }

    /// <summary>
    /// The whole lines after <see cref="Offset"/>, numbered, at most about <paramref name="maxLines"/>;
    /// a line too long to be a queue_log line comes as null text (to be reported, then skipped to
    /// its end). With <paramref name="final"/> (the file was rotated away and nothing more will be
    /// written to it) a last line without an end of line is taken too.
    /// </summary>
    public List<(int Line, string? Text)> ReadLines(int maxLines, bool final = false)
    {
        var lines = new List<(int, string?)>();
        while (lines.Count < maxLines)
        {
            stream.Position = Offset;
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read == 0)
            {
                break;
            }

            if (skippingLongLine)
            {
                var end = buffer.AsSpan(0, read).IndexOf((byte)'\n');
                Offset += end < 0 ? read : end + 1;
                skippingLongLine = end < 0;
                continue;
            }

            var taken = TakeLines(buffer.AsSpan(0, read), lines, maxLines);
            if (taken == 0)
            {
                if (read == buffer.Length)
                {
                    lines.Add((++Line, null));
                    Offset += read;
                    skippingLongLine = true;
                    continue;
                }

                if (final)
                {
                    lines.Add((++Line, Encoding.UTF8.GetString(buffer, 0, read)));
                    Offset += read;
                }

                break;
            }
        }

        return lines;
    }

    private int TakeLines(ReadOnlySpan<byte> bytes, List<(int, string?)> lines, int maxLines)
    {
        var taken = 0;
        while (lines.Count < maxLines)
        {
            var end = bytes[taken..].IndexOf((byte)'\n');
            if (end < 0)
            {
                break;
            }

            lines.Add((++Line, Encoding.UTF8.GetString(bytes.Slice(taken, end)).TrimEnd('\r')));
            taken += end + 1;
        }

        Offset += taken;
        return taken;
    }

    public void Dispose() => stream.Dispose();
}
