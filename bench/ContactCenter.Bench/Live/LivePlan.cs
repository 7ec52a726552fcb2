namespace ContactCenter.Bench.Live;

/// <summary>How much the live section measures in each mode; quick runs are shorter, never smaller.</summary>
/// <param name="WarmUpRuns">At most this many uncounted runs at the highest rate before the measured ones, until the JIT is quiet.</param>
public sealed record LivePlan(int[] Rates, int Runs, TimeSpan RunLength, FanoutMix Fanout, int FanoutRuns, int AgentClients, int AgentRuns, bool LighterFanout, int WarmUpRuns)
{
    /// <summary>The issue's load for fan-out and agent screens: a busy floor of about 30,000 agents.</summary>
    public const int FanoutRate = 1_000;

    /// <summary>
    /// Fan-out is also measured under lighter loads, once each, to show where it holds today: in
    /// the full run only, since the goal is at <see cref="FanoutRate"/> and <c>--quick</c> must fit
    /// in three minutes.
    /// </summary>
    public int[] LighterFanoutRates => LighterFanout ? [100, 300] : [];

    public static LivePlan For(BenchMode mode) => mode switch
    {
        BenchMode.Full => new([1_000, 10_000, 50_000], 5, TimeSpan.FromSeconds(8), FanoutMix.Issue, 3, 5_000, 3, LighterFanout: true, WarmUpRuns: 3),
        BenchMode.Quick => new([1_000, 10_000], 3, TimeSpan.FromSeconds(2), FanoutMix.Issue, 1, 5_000, 1, LighterFanout: false, WarmUpRuns: 0),
        _ => new([1_000], 1, TimeSpan.FromSeconds(2), new FanoutMix(8, 8, 10, 2), 1, 50, 1, LighterFanout: false, WarmUpRuns: 0),
    };

    /// <summary>Events the load needs for the longest run at the highest rate.</summary>
    public int EventsNeeded => (int)(Rates.Max() * RunLength.TotalSeconds * 1.2) + 20_000;
}

/// <summary>The issue's thousand screens on one floor: team leads' and queue owners' screens, TVs, and a few whole-floor boards.</summary>
public sealed record FanoutMix(int QueueClients, int TeamClients, int SummaryClients, int FloorClients)
{
    public static readonly FanoutMix Issue = new(200, 200, 500, 100);

    public int Clients => QueueClients + TeamClients + SummaryClients + FloorClients;

    /// <summary>Queue clients spread over the floor's queues and team clients over its teams, round robin.</summary>
    public string[] Scopes(int queues, int teams) =>
    [
        .. Enumerable.Range(0, QueueClients).Select(i => $"queue:q{(i % queues) + 1}"),
        .. Enumerable.Range(0, TeamClients).Select(i => $"team:t{(i % teams) + 1}"),
        .. Enumerable.Repeat(Dashboard.Live.LiveScopes.Summary, SummaryClients),
        .. Enumerable.Repeat("floor", FloorClients),
    ];
}
