namespace ContactCenter.Connectors.Simulator;

/// <summary>The few distributions the floor needs, drawn from one seeded <see cref="Random"/> so a run replays exactly.</summary>
internal static class SimRandom
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static double Uniform(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    public static double Exponential(this Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    /// <summary>A log-normal draw whose mean (not median) is <paramref name="mean"/>.</summary>
    public static double LogNormal(this Random random, double mean, double sigma)
    {
        var mu = Math.Log(mean) - (sigma * sigma / 2);
        return Math.Exp(mu + (sigma * random.StandardNormal()));
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static double StandardNormal(this Random random)
    {
        // Box-Muller; 1 - u keeps the logarithm away from zero.
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
