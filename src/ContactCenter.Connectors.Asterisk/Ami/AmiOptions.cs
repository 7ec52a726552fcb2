namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary><c>Connectors:Ami</c>: where the Asterisk Manager Interface is and what the connector may do there.</summary>
public sealed class AmiOptions
{
    public const string Section = "Connectors:Ami";

    public bool Enabled { get; set; }

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 5038;

    /// <summary>The manager.conf user; it needs read <c>call,agent</c> (and write <c>originate</c> for joins).</summary>
    public string Username { get; set; } = string.Empty;

    public string Secret { get; set; } = string.Empty;

    /// <summary>The first pause after a failed attempt; it doubles on each failure up to <see cref="ReconnectMaximum"/>.</summary>
    public TimeSpan ReconnectMinimum { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaximum { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long connecting, the banner and the login may take before the attempt counts as failed.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an action sent on the live session (<see cref="AmiSession.SendActionAsync"/>) waits for its response.</summary>
    public TimeSpan ActionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often an idle session asks Asterisk for a Ping: Asterisk sends nothing while the floor is
    /// quiet, so without it a connection a firewall or a dead host dropped would look alive forever.
    /// No answer within <see cref="ActionTimeout"/> ends the session, and it reconnects.
    /// </summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether supervisor joins are executed here (an Originate into ChanSpy); off, they are only shown on the floor.</summary>
    public bool ExecuteJoins { get; set; }

    /// <summary>Each supervisor's phone (user -> <c>PJSIP/9001</c>) that a join rings.</summary>
    public Dictionary<string, string> SupervisorChannels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Set by the host when the queue_log tail also runs: the log then owns calls, pauses and log-ins,
    /// and AMI adds only what the log lacks (holds, rings, device availability).
    /// </summary>
    public bool QueueLogOwnsCalls { get; set; }
}
