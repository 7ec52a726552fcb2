namespace ContactCenter.Bench;

/// <summary>How much to measure: the full set (minutes), a reduced set (under 2 min) or a smoke run for CI (seconds).</summary>
public enum BenchMode
{
    Full,
    Quick,
    Smoke,
}
