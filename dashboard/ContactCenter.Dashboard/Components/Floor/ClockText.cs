using System.Globalization;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// How a running clock reads: "mm:ss" under an hour, "h:mm:ss" beyond. wallboard.js formats the
/// same way, so the server's first render and the browser's ticks never disagree in shape.
/// </summary>
public static class ClockText
{
    public static string Format(TimeSpan elapsed)
    {
        var seconds = Math.Max(0, (long)Math.Floor(elapsed.TotalSeconds));
        var hours = seconds / 3600;
        var minutes = seconds / 60 % 60;
        var rest = seconds % 60;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{rest:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes:00}:{rest:00}");
    }

    /// <summary>A finished duration in seconds, e.g. an average, in the clocks' shape; a dash when there is none.</summary>
    public static string Seconds(double? seconds) => seconds is { } s ? Format(TimeSpan.FromSeconds(s)) : "–";
}
