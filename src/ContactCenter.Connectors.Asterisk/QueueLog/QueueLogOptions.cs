namespace ContactCenter.Connectors.Asterisk.QueueLog;

/// <summary>
/// <c>Connectors:QueueLog</c>: the queue members the floor should know by another id, a name or a
/// team, keyed by interface, member name or extension (see <see cref="QueueLogAgents"/>).
/// </summary>
public sealed class QueueLogOptions
{
    public const string Section = "Connectors:QueueLog";

    public Dictionary<string, QueueLogAgent> Agents { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
