namespace ContactCenter.Connectors.Asterisk.Ami;

public enum AmiSessionState
{
    /// <summary>Not connected: before the first attempt, or pausing before the next one.</summary>
    Disconnected,

    /// <summary>Connected and the banner read; the login not yet answered.</summary>
    Connected,

    /// <summary>Logged in: events flow and actions may be sent.</summary>
    LoggedIn,
}

/// <summary>What the session is doing, for health checks and tests: its state, how many attempts it made, and why the last one ended.</summary>
public sealed record AmiSessionStatus(AmiSessionState State, int Attempts, string? LastError, string? Version = null)
{
    public static readonly AmiSessionStatus Initial = new(AmiSessionState.Disconnected, 0, null);
}
