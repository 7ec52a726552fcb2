namespace ContactCenter.Bench.Live;

/// <summary>
/// Who watches in a run: one hub client per scope listed, the clients of each kind of scope
/// (queue and team, summary, floor, agent) timed together. A probe starts on every kind whose
/// clients should see it, with how many of them should.
/// </summary>
public sealed class Audience
{
    private readonly Dictionary<string, int> clientsPerScope;

    public Audience(IReadOnlyList<string> scopes)
    {
        Scopes = scopes;
        clientsPerScope = scopes.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        ByKind = scopes.Select(KindOf).Distinct().ToDictionary(k => k, _ => new LatencyRecorder());
    }

    /// <summary>The scope of each client, by client number.</summary>
    public IReadOnlyList<string> Scopes { get; }

    public IReadOnlyDictionary<string, LatencyRecorder> ByKind { get; }

    public static string KindOf(string scope) =>
        scope.StartsWith("queue:", StringComparison.Ordinal) || scope.StartsWith("team:", StringComparison.Ordinal) ? "queue/team"
        : scope.StartsWith("agent:", StringComparison.Ordinal) ? "agent"
        : scope;

    public LatencyRecorder RecorderOf(int client) => ByKind[KindOf(Scopes[client])];

    public int Count(string kind) => Scopes.Count(s => KindOf(s) == kind);

    /// <summary>Starts <paramref name="probe"/>'s clock for every client on any of <paramref name="scopes"/>.</summary>
    public void Start(string probe, long timestamp, params string[] scopes)
    {
        foreach (var kind in scopes.GroupBy(KindOf))
        {
            var audience = kind.Sum(s => clientsPerScope.GetValueOrDefault(s));
            if (audience > 0)
            {
                ByKind[kind.Key].Start(probe, timestamp, audience);
            }
        }
    }

    public double PercentileMs(double percentile) => LatencyRecorder.PercentileMs(ByKind.Values, percentile);

    public long Receipts => ByKind.Values.Sum(r => r.Receipts);

    /// <summary>Waits for every probe to reach its audience, or the deadline; returns the receipts that never came.</summary>
    public async Task<long> LostAfterAsync(TimeSpan deadline)
    {
        var lost = await Task.WhenAll(ByKind.Values.Select(r => r.LostAfterAsync(deadline)));
        return lost.Sum();
    }
}
