namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>
/// <c>Connectors:QueueLog</c>: the file to follow (none: only posts and replays), how often to look
/// at it, and the queue members the floor should know by another id, a name or a team, keyed by
/// interface, member name or extension (see <see cref="QueueLogAgents"/>).
/// </summary>
public sealed class QueueLogOptions
{
    public const string Section = "Connectors:QueueLog";

    /// <summary>The queue_log to tail, usually /var/log/asterisk/queue_log; unset, nothing is tailed.</summary>
    public string? Path { get; set; }

    /// <summary>How often the file is looked at for new lines, a rotation or a truncation.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a rotated-away file must stay unchanged before the tail leaves it for the new one.</summary>
    public TimeSpan RotationGrace { get; set; } = TimeSpan.FromSeconds(2);

    public Dictionary<string, QueueLogAgent> Agents { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
