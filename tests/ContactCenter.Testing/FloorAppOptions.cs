using Microsoft.Extensions.Logging;

namespace ContactCenter.Testing;

/// <summary>How a test hosts the product: its own cluster and ports always, the rest as it needs.</summary>
public sealed record FloorAppOptions(string Name)
{
    /// <summary>Security on or off; null keeps the profile's (on in <c>local</c>, with the demo users).</summary>
    public bool? Security { get; init; }

    /// <summary>Served by Kestrel on a loopback port (real sockets: SignalR, browsers) instead of the in-memory test server.</summary>
    public bool Kestrel { get; init; }

    /// <summary>The floor's clock (rules, intervals); pacing stays on the wall clock and Orleans' own work on real time.</summary>
    public TimeProvider? FloorClock { get; init; }

    /// <summary>Where the embedded silo keeps grain state: a file of the test's own by default (deleted with the app), or "memory".</summary>
    public string? StatePath { get; init; }

    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public Action<ILoggingBuilder>? Logging { get; init; }

    /// <summary>Services the test puts in place of the product's (registered after them).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services { get; init; }
}
