using System.Globalization;

namespace ContactCenter.Bench.Soak;

/// <summary>
/// A long floor replayed fast on the product as shipped: the settled heap after the first
/// simulated hour and at the end, and its growth per simulated hour.
/// </summary>
public sealed record SoakFigures(
    int Agents,
    double CallsPerHour,
    double SimulatedHours,
    int Events,
    int Rejected,
    double WallSeconds,
    long HeapAfterFirstHourBytes,
    long HeapAtEndBytes,
    long FinishedCallsInHistory)
{
    public double HeapGrowthBytesPerHour => SimulatedHours > 0 ? (HeapAtEndBytes - HeapAfterFirstHourBytes) / SimulatedHours : 0;

    /// <summary>A growth in MB with its sign; one that rounds to nothing reads 0.00, not -+0.00.</summary>
    public static string SignedMegabytes(double bytes) => (bytes / 1e6).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
