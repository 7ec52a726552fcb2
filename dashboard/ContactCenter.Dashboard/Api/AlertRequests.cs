using ContactCenter.Contracts.Alerts;

namespace ContactCenter.Dashboard.Api;

/// <summary>The bodies of the REST requests for the supervisor actions that take one.</summary>
public static class AlertRequests
{
    public const int MaxTextLength = 2000;

    public sealed record Join(JoinMode? Mode);

    public sealed record Note(string? Text);

    public sealed record Snooze(int? Minutes);

    public sealed record Resolve(string? Note);
}
