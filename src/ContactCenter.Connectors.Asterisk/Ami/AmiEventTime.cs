using System.Globalization;

namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>
/// When an AMI event happened: its <c>Timestamp</c> field (<c>timestampevents=yes</c> in
/// manager.conf; Unix seconds with a fraction, e.g. <c>1732700000.123456</c>) when present, which
/// keeps Asterisk's own clock and survives a slow reader; otherwise the time it arrived here.
/// </summary>
public static class AmiEventTime
{
    public static DateTimeOffset Of(AmiMessage message, TimeProvider arrival) =>
        decimal.TryParse(message["Timestamp"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds < 253_402_300_799m
            ? DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond))
            : arrival.GetUtcNow();
}
