using System.Runtime.InteropServices;

namespace ContactCenter.Connectors.Asterisk.QueueLog.Tail;

/// <summary>
/// Which file a path or an open handle is (device and inode): what tells a rotated queue_log
/// (a new inode at the path) from one that merely grew or was truncated in place. On Unix it comes
/// from stat(2); its first two fields, st_dev and st_ino, are 64-bit on Linux x64 and arm64 alike.
/// Elsewhere the file's creation time stands in for the inode.
/// </summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode)
{
    private const int StatBufferBytes = 256;

    /// <summary>The identity of the file at <paramref name="path"/>, or null when there is none.</summary>
    public static FileIdentity? OfPath(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path) ? new FileIdentity(0, (ulong)File.GetCreationTimeUtc(path).Ticks) : null;
        }

        Span<byte> buffer = stackalloc byte[StatBufferBytes];
        return Stat(path, ref MemoryMarshal.GetReference(buffer)) == 0 ? From(buffer) : null;
    }

    /// <summary>The identity of the file an open stream reads, whatever its path is now called.</summary>
    public static FileIdentity OfOpen(FileStream stream)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileIdentity(0, (ulong)File.GetCreationTimeUtc(stream.Name).Ticks);
        }

        Span<byte> buffer = stackalloc byte[StatBufferBytes];
        var handle = stream.SafeFileHandle;
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (FStat((int)handle.DangerousGetHandle(), ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                throw new IOException($"fstat failed on {stream.Name} (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }

        return From(buffer);
    }

    public override string ToString() => $"{Device}:{Inode}";

    private static FileIdentity From(ReadOnlySpan<byte> stat) =>
        new(MemoryMarshal.Read<ulong>(stat), MemoryMarshal.Read<ulong>(stat[8..]));

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref byte buffer);

    [DllImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static extern int FStat(int descriptor, ref byte buffer);
}
