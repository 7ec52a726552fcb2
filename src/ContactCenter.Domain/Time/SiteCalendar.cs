namespace ContactCenter.Domain.Time;

/// <summary>
/// The site's clock face: 15-minute intervals and "today" in the site's time zone, daylight
/// saving honoured. Instants stay in UTC; only the boundaries are local.
/// </summary>
public sealed class SiteCalendar
{
    public static readonly TimeSpan IntervalLength = TimeSpan.FromMinutes(15);

    public static readonly SiteCalendar Utc = new(TimeZoneInfo.Utc);

    public SiteCalendar(TimeZoneInfo zone) => Zone = zone;

    public TimeZoneInfo Zone { get; }

    public static SiteCalendar For(string? timeZoneId) =>
        string.IsNullOrWhiteSpace(timeZoneId) || timeZoneId == "UTC"
            ? Utc
            : new SiteCalendar(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>The start of the 15-minute clock interval that holds <paramref name="at"/>.</summary>
    public DateTimeOffset IntervalStart(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        var floored = local.Ticks - (local.Ticks % IntervalLength.Ticks);
        return new DateTimeOffset(floored, local.Offset).ToUniversalTime();
    }

    /// <summary>The site's date of the day holding <paramref name="at"/>.</summary>
    public DateOnly Date(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>The site's midnight that starts <paramref name="date"/>.</summary>
    public DateTimeOffset DayStart(DateOnly date)
    {
        // Noon of the date is on it whatever the zone's jumps; its day starts where DayStart says.
        var noon = date.ToDateTime(new TimeOnly(12, 0));
        return DayStart(new DateTimeOffset(noon, Zone.GetUtcOffset(noon)));
    }

    /// <summary>The site's midnight that starts the day holding <paramref name="at"/>.</summary>
    public DateTimeOffset DayStart(DateTimeOffset at)
    {
        var midnight = TimeZoneInfo.ConvertTime(at, Zone).Date;
        // Where a daylight-saving jump skips midnight, the day starts at the first valid minute.
        while (Zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        // Where falling back repeats midnight, the day starts at its first pass (the larger offset), never after the instant it holds.
        var offset = Zone.IsAmbiguousTime(midnight) ? Zone.GetAmbiguousTimeOffsets(midnight).Max() : Zone.GetUtcOffset(midnight);
        return new DateTimeOffset(midnight, offset).ToUniversalTime();
    }
}
