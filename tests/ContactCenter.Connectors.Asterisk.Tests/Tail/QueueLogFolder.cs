using System.Globalization;

namespace ContactCenter.Connectors.Asterisk.Tests.Tail;

/// <summary>A temporary folder holding a queue_log as Asterisk writes it: appended, rotated, truncated.</summary>
internal sealed class QueueLogFolder : IDisposable
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddHours(-2);

    public QueueLogFolder()
    {
        Folder = Directory.CreateTempSubdirectory("queue-log-tail-").FullName;
        Path = System.IO.Path.Combine(Folder, "queue_log");
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>An ENTERQUEUE line of call <paramref name="n"/>, <paramref name="n"/> seconds after the start: one event each.</summary>
    public static string Enter(int n) =>
        $"{Start.AddSeconds(n).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}|call-{n}|support|NONE|ENTERQUEUE||0201|1";

    public void Append(params string[] lines) => File.AppendAllText(Path, string.Concat(lines.Select(l => l + "\n")));

    /// <summary>Bytes with no end of line yet: Asterisk in the middle of writing a line.</summary>
    public void AppendPartial(string text) => File.AppendAllText(Path, text);

    /// <summary>logrotate's default: the file renamed, a new one created at the path.</summary>
    public string Rotate(string suffix = ".1")
    {
        var rotated = Path + suffix;
        File.Move(Path, rotated);
        File.WriteAllText(Path, string.Empty);
        return rotated;
    }

    /// <summary>logrotate's copytruncate: the same file emptied in place.</summary>
    public void Truncate()
    {
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.SetLength(0);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
