namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// The clock the screens read and the site's time zone they show times in ("data as of 14:03:12"),
/// so a wall-board reads the floor's local time whatever zone the server runs in.
/// </summary>
public sealed class SiteTime(TimeProvider clock, Func<TimeZoneInfo> zone)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public TimeProvider Clock => clock;

    /// <summary>The site's calendar (days, intervals) in its zone as configured now.</summary>
    public Domain.Time.SiteCalendar Calendar => new(zone());

    /// <summary>The site's date today.</summary>
    public DateOnly Today => Calendar.Date(Now);

    public string TimeOfDay(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone()).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
