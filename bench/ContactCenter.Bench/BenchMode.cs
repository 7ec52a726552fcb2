namespace ContactCenter.Bench;

/// <summary>How much to measure: the full set (minutes), a reduced set of every target (under 3 min) or a smoke run for CI (seconds).</summary>
public enum BenchMode
{
    Full,
    Quick,
    Smoke,
}
