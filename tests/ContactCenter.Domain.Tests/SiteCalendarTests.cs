using ContactCenter.Domain.Time;

namespace ContactCenter.Domain.Tests;

public sealed class SiteCalendarTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute, int second = 0) =>
        new(2025, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void Utc_and_an_empty_zone_give_the_utc_calendar()
    {
        Assert.Same(SiteCalendar.Utc, SiteCalendar.For(null));
        Assert.Same(SiteCalendar.Utc, SiteCalendar.For(" "));
        Assert.Same(SiteCalendar.Utc, SiteCalendar.For("UTC"));
        Assert.Equal(Utc(6, 2, 0, 0), SiteCalendar.Utc.DayStart(Utc(6, 2, 9, 7)));
        Assert.Equal(Utc(6, 2, 9, 0), SiteCalendar.Utc.IntervalStart(Utc(6, 2, 9, 14, 59)));
        Assert.Equal(Utc(6, 2, 9, 15), SiteCalendar.Utc.IntervalStart(Utc(6, 2, 9, 15)));
    }

    [Fact]
    public void Intervals_are_fifteen_minute_clock_intervals()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), SiteCalendar.IntervalLength);
    }

    [Fact]
    public void A_berlin_summer_day_starts_at_local_midnight_which_is_22_00_utc_the_day_before()
    {
        var berlin = SiteCalendar.For("Europe/Berlin");

        // 11:00 CEST on 2 June.
        Assert.Equal(Utc(6, 1, 22, 0), berlin.DayStart(Utc(6, 2, 9, 0)));
        // 23:59:59 CEST is still 2 June there; 00:00 CEST is 3 June.
        Assert.Equal(Utc(6, 1, 22, 0), berlin.DayStart(Utc(6, 2, 21, 59, 59)));
        Assert.Equal(Utc(6, 2, 22, 0), berlin.DayStart(Utc(6, 2, 22, 0)));
    }

    [Fact]
    public void A_berlin_winter_day_starts_at_23_00_utc_the_day_before()
    {
        var berlin = SiteCalendar.For("Europe/Berlin");

        Assert.Equal(Utc(1, 14, 23, 0), berlin.DayStart(Utc(1, 15, 12, 0)));
    }

    [Fact]
    public void The_spring_forward_day_in_berlin_starts_at_its_midnight_in_winter_time_and_lasts_23_hours()
    {
        var berlin = SiteCalendar.For("Europe/Berlin");

        // 30 March 2025: 02:00 CET jumps to 03:00 CEST. Midnight is still CET (+01:00).
        var start = berlin.DayStart(Utc(3, 30, 12, 0));
        var next = berlin.DayStart(Utc(3, 31, 6, 0));

        Assert.Equal(Utc(3, 29, 23, 0), start);
        Assert.Equal(Utc(3, 30, 22, 0), next);
        Assert.Equal(TimeSpan.FromHours(23), next - start);
        // Just after the jump (01:00 UTC = 03:00 CEST) it is the same day.
        Assert.Equal(start, berlin.DayStart(Utc(3, 30, 1, 0)));
    }

    [Fact]
    public void The_fall_back_day_in_berlin_starts_at_its_midnight_in_summer_time_and_lasts_25_hours()
    {
        var berlin = SiteCalendar.For("Europe/Berlin");

        // 26 October 2025: 03:00 CEST falls back to 02:00 CET.
        var start = berlin.DayStart(Utc(10, 26, 12, 0));
        var next = berlin.DayStart(Utc(10, 27, 6, 0));

        Assert.Equal(Utc(10, 25, 22, 0), start);
        Assert.Equal(Utc(10, 26, 23, 0), next);
        Assert.Equal(TimeSpan.FromHours(25), next - start);
    }

    [Fact]
    public void Berlin_intervals_stay_on_the_local_quarter_hours_through_the_repeated_hour()
    {
        var berlin = SiteCalendar.For("Europe/Berlin");

        // 00:50 UTC = 02:50 CEST (first pass) -> 02:45 CEST = 00:45 UTC.
        Assert.Equal(Utc(10, 26, 0, 45), berlin.IntervalStart(Utc(10, 26, 0, 50)));
        // 01:05 UTC = 02:05 CET (second pass) -> 02:00 CET = 01:00 UTC.
        Assert.Equal(Utc(10, 26, 1, 0), berlin.IntervalStart(Utc(10, 26, 1, 5)));
        // 01:00 UTC = 03:00 CEST on the spring day, right after the jump.
        Assert.Equal(Utc(3, 30, 1, 0), berlin.IntervalStart(Utc(3, 30, 1, 14, 59)));
    }

    [Fact]
    public void Kathmandu_at_plus_05_45_has_its_intervals_and_its_day_on_its_own_clock()
    {
        var kathmandu = SiteCalendar.For("Asia/Kathmandu");

        // 04:22 UTC = 10:07 NPT -> 10:00 NPT = 04:15 UTC.
        Assert.Equal(Utc(6, 2, 4, 15), kathmandu.IntervalStart(Utc(6, 2, 4, 22)));
        // 04:14:59 UTC = 09:59:59 NPT -> 09:45 NPT = 04:00 UTC.
        Assert.Equal(Utc(6, 2, 4, 0), kathmandu.IntervalStart(Utc(6, 2, 4, 14, 59)));
        // 18:14:59 UTC = 23:59:59 NPT -> 23:45 NPT = 18:00 UTC.
        Assert.Equal(Utc(6, 2, 18, 0), kathmandu.IntervalStart(Utc(6, 2, 18, 14, 59)));
        // Midnight NPT = 18:15 UTC the day before.
        Assert.Equal(Utc(6, 1, 18, 15), kathmandu.DayStart(Utc(6, 2, 4, 22)));
        Assert.Equal(Utc(6, 1, 18, 15), kathmandu.DayStart(Utc(6, 2, 18, 14, 59)));
        Assert.Equal(Utc(6, 2, 18, 15), kathmandu.DayStart(Utc(6, 2, 18, 15)));
    }

    [Fact]
    public void Where_daylight_saving_skips_midnight_the_day_starts_at_the_first_valid_minute()
    {
        var santiago = SiteCalendar.For("America/Santiago");

        // 7 September 2025: 00:00 -04 jumps to 01:00 -03, i.e. 04:00 UTC.
        Assert.Equal(Utc(9, 7, 4, 0), santiago.DayStart(Utc(9, 7, 15, 0)));
        Assert.Equal(Utc(9, 6, 4, 0), santiago.DayStart(Utc(9, 6, 15, 0)));
    }

    [Fact]
    public void Where_daylight_saving_repeats_midnight_the_day_starts_at_its_first_pass()
    {
        var havana = SiteCalendar.For("America/Havana");

        // 2 November 2025: 01:00 CDT (-04) falls back to 00:00 CST (-05); midnight is first reached at 04:00 UTC.
        Assert.Equal(Utc(11, 2, 4, 0), havana.DayStart(Utc(11, 2, 4, 30)));
        Assert.Equal(Utc(11, 2, 4, 0), havana.DayStart(Utc(11, 2, 5, 30)));
        Assert.Equal(Utc(11, 2, 4, 0), havana.DayStart(Utc(11, 2, 18, 0)));
        // The day before ends there: 23:59 CDT on 1 November is 03:59 UTC.
        Assert.Equal(Utc(11, 1, 4, 0), havana.DayStart(Utc(11, 2, 3, 59)));
        // 25 hours long.
        Assert.Equal(Utc(11, 3, 5, 0), havana.DayStart(Utc(11, 3, 12, 0)));
    }

    [Fact]
    public void The_calendar_keeps_instants_in_utc()
    {
        var berlin = SiteCalendar.For("Europe/Berlin");

        Assert.Equal(TimeSpan.Zero, berlin.IntervalStart(Utc(6, 2, 9, 7)).Offset);
        Assert.Equal(TimeSpan.Zero, berlin.DayStart(Utc(6, 2, 9, 7)).Offset);
    }
}
