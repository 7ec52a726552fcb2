using System.Runtime.InteropServices;

namespace ContactCenter.Connectors.Asterisk.QueueLog.Tail;

/// <summary>
/// Which file a path or an open handle is (device and inode): what tells a rotated queue_log (a
/// new inode at the path) from one that merely grew or was truncated in place. On Linux it comes
/// from statx(2), whose layout is the same on every architecture and which glibc exports from 2.28
/// (older distributions export stat only through a versioned wrapper). Elsewhere the file's
/// creation time stands in for the inode.
/// </summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode)
{
    private const int StatxBytes = 256;
    private const int AtCurrentDirectory = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxInode = 0x100;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;

    /// <summary>The identity of the file at <paramref name="path"/>, or null when there is none; any other failure (no permission) is an error naming it.</summary>
    public static FileIdentity? OfPath(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path) ? new FileIdentity(0, (ulong)File.GetCreationTimeUtc(path).Ticks) : null;
        }

        Span<byte> buffer = stackalloc byte[StatxBytes];
        if (Statx(AtCurrentDirectory, path, 0, StatxInode, ref MemoryMarshal.GetReference(buffer)) == 0)
        {
            return From(buffer);
        }

        var error = Marshal.GetLastPInvokeError();
        return error is NoSuchFile or NotADirectory ? null : throw Failure(path, error);
    }

    /// <summary>The identity of the file an open stream reads, whatever its path is now called.</summary>
    public static FileIdentity OfOpen(FileStream stream)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileIdentity(0, (ulong)File.GetCreationTimeUtc(stream.Name).Ticks);
        }

        Span<byte> buffer = stackalloc byte[StatxBytes];
        var handle = stream.SafeFileHandle;
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (Statx((int)handle.DangerousGetHandle(), string.Empty, AtEmptyPath, StatxInode, ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                throw Failure(stream.Name, Marshal.GetLastPInvokeError());
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

    private static FileIdentity From(ReadOnlySpan<byte> statx) =>
        new(((ulong)MemoryMarshal.Read<uint>(statx[DeviceMajorOffset..]) << 32) | MemoryMarshal.Read<uint>(statx[DeviceMinorOffset..]), MemoryMarshal.Read<ulong>(statx[InodeOffset..]));

    private static IOException Failure(string path, int error) =>
        new($"cannot stat {path}: {Marshal.GetPInvokeErrorMessage(error)} (errno {error})");

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);
}
