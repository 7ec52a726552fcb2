namespace ContactCenter.Grains.Recovery;

/// <summary>The grains a woken queue, team or alert inbox leads to: its live calls and agents, its alert inbox, its open alerts.</summary>
[GenerateSerializer, Immutable]
public sealed record WakeList(string[] Calls, string[] Agents, string[] Inboxes, string[] Alerts)
{
    public static readonly WakeList Empty = new([], [], [], []);
}
