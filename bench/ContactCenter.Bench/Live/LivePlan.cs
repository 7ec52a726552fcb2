namespace ContactCenter.Bench.Live;

/// <summary>How much the live section measures in each mode.</summary>
public sealed record LivePlan(int[] Rates, int Runs, TimeSpan RunLength, int FanoutClients, int FanoutRuns, int FanoutRate)
{
    /// <summary>
    /// Fan-out runs under a light load (a floor of about 3,000 agents): every "floor" delta carries
    /// every row that changed, and a thousand in-process clients parsing them share these two cores
    /// with the server, so a heavy load measures the JSON parser, not the push.
    /// </summary>
    public const int FanoutLoad = 100;

    public static LivePlan For(BenchMode mode) => mode switch
    {
        BenchMode.Full => new([1_000, 10_000, 50_000], 5, TimeSpan.FromSeconds(8), 1_000, 3, FanoutLoad),
        BenchMode.Quick => new([1_000, 10_000], 3, TimeSpan.FromSeconds(2), 500, 2, FanoutLoad),
        _ => new([1_000], 1, TimeSpan.FromSeconds(2), 20, 1, FanoutLoad),
    };

    /// <summary>Events the load needs for the longest run at the highest rate.</summary>
    public int EventsNeeded => (int)(Rates.Max() * RunLength.TotalSeconds * 1.2) + 20_000;
}
