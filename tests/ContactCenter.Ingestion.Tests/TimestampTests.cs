using static ContactCenter.Ingestion.Tests.Support.Wire;

namespace ContactCenter.Ingestion.Tests;

public class TimestampTests
{
    private const string Example = "e.g. 2026-11-24T10:00:00Z or 2026-11-24T11:00:00+01:00";

    [Theory]
    [InlineData("2026-11-24T10:00:00Z", 0)]
    [InlineData("2026-11-24T11:00:00+01:00", 60)]
    [InlineData("2026-11-24T04:30:00-05:30", -330)]
    [InlineData("2026-11-24T11:00:00+01", 60)]
    public void A_timestamp_keeps_its_offset(string at, int offsetMinutes)
    {
        var e = Accepted(Json($"{{'eventId':'e-1','type':'CallHeld','at':'{at}','callId':'c-1'}}"));

        Assert.Equal(AtValue, e.At);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), e.At.Offset);
    }

    [Fact]
    public void A_timestamp_keeps_its_fraction_of_a_second()
    {
        var e = Accepted(Json("{'eventId':'e-1','type':'CallHeld','at':'2026-11-24T10:00:00.1234567Z','callId':'c-1'}"));

        Assert.Equal(AtValue.AddTicks(1_234_567), e.At);
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00")]
    [InlineData("2026-11-24T10:00:00.500")]
    [InlineData("2026-11-24")]
    public void A_timestamp_without_an_offset_is_invalid_because_the_offset_is_required(string at)
    {
        var rejected = Rejected(Json($"{{'eventId':'e-1','type':'CallHeld','at':'{at}','callId':'c-1'}}"));

        Assert.Equal(new(0, "e-1", "at", "invalid", $"at '{at}' has no offset: the offset is required, {Example}"), rejected);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-11-24 10:00:00Z")]
    [InlineData("24/11/2026 10:00Z")]
    public void Text_that_is_not_an_iso_timestamp_is_invalid(string at)
    {
        var rejected = Rejected(Json($"{{'eventId':'e-1','type':'CallHeld','at':'{at}','callId':'c-1'}}"));

        Assert.Equal(new(0, "e-1", "at", "invalid", $"at '{at}' is not an ISO 8601 timestamp, {Example}"), rejected);
    }

    [Theory]
    [InlineData("2026-13-45T10:00:00Z")]
    [InlineData("2026-11-24T25:00:00Z")]
    [InlineData("2026-11-24T10:00:00+0100")]
    [InlineData("2026-11-24T10:00:00ZZ")]
    public void A_timestamp_with_impossible_parts_is_invalid(string at)
    {
        var rejected = Rejected(Json($"{{'eventId':'e-1','type':'CallHeld','at':'{at}','callId':'c-1'}}"));

        Assert.Equal(new(0, "e-1", "at", "invalid", $"at '{at}' is not a valid ISO 8601 timestamp, {Example}"), rejected);
    }

    [Fact]
    public void A_timestamp_as_a_number_is_invalid()
    {
        var rejected = Rejected(Json("{'eventId':'e-1','type':'CallHeld','at':1795600800,'callId':'c-1'}"));

        Assert.Equal(new(0, "e-1", "at", "invalid", "at must be a string, not a number"), rejected);
    }
}
