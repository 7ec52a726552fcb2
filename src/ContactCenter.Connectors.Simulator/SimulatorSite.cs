namespace ContactCenter.Connectors.Simulator;

/// <summary>The site's time zone, which says when "today" and the opening time are; the host registers it from the floor's settings.</summary>
public sealed record SimulatorSite(TimeZoneInfo Zone)
{
    public static readonly SimulatorSite Utc = new(TimeZoneInfo.Utc);

    /// <summary>
    /// Where the simulated day starts when the simulator starts at <paramref name="now"/>: today's
    /// opening time when backfill is on and it has passed, else <paramref name="now"/>. The same
    /// start all day long is what makes a restart regenerate the same events with the same ids.
    /// </summary>
    public DateTimeOffset DayStart(SimulatorOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Backfill)
        {
            return now;
        }

        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var opening = local.Date + options.OpeningTime.ToTimeSpan();
        // A clock change that skips the opening hour leaves no valid local time: open an hour later.
        if (Zone.IsInvalidTime(opening))
        {
            opening = opening.AddHours(1);
        }

        var openedAt = new DateTimeOffset(opening, Zone.GetUtcOffset(opening));
        return openedAt < now ? openedAt.ToUniversalTime() : now;
    }
}
