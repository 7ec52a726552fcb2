using System.Runtime.InteropServices;

namespace ContactCenter.Bench.Live;

/// <summary>
/// Thousands of hub clients in this process need two descriptors each (client and server end of
/// the socket): the soft open-file limit, often 1,024, is raised to the hard one.
/// </summary>
public static partial class OpenFileLimit
{
    private const int RlimitNofile = 7;

    public static void RaiseToHard(TextWriter log)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var limit = default(RLimit);
        if (GetRLimit(RlimitNofile, ref limit) != 0 || limit.Current >= limit.Maximum)
        {
            return;
        }

        var was = limit.Current;
        limit.Current = limit.Maximum;
        log.WriteLine(SetRLimit(RlimitNofile, ref limit) == 0
            ? $"live: open-file limit raised from {was:N0} to {limit.Maximum:N0}"
            : $"live: open-file limit stays at {was:N0} (raising it failed: errno {Marshal.GetLastPInvokeError()})");
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static partial int GetRLimit(int resource, ref RLimit limit);

    [LibraryImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetRLimit(int resource, ref RLimit limit);
}
