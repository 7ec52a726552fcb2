using ContactCenter.Domain.Privacy;

namespace ContactCenter.Domain.Tests;

public sealed class CallerNumberMaskTests
{
    [Theory]
    [InlineData("+44 20 7946 0123", "****0123")]
    [InlineData("+442079460123", "****0123")]
    [InlineData("(555) 010-9876 ", "****9876")]
    [InlineData("0123", "****0123")]
    [InlineData("123", "****123")]
    [InlineData("7", "****7")]
    [InlineData("+1-2", "****12")]
    [InlineData("anonymous", "****")]
    public void A_number_shows_only_its_last_four_digits(string number, string masked)
    {
        Assert.Equal(masked, CallerNumberMask.Mask(number));
    }

    [Fact]
    public void Null_and_empty_stay_as_they_are()
    {
        Assert.Null(CallerNumberMask.Mask(null));
        Assert.Equal(string.Empty, CallerNumberMask.Mask(string.Empty));
    }

    [Fact]
    public void No_digit_but_the_last_four_survives()
    {
        var masked = CallerNumberMask.Mask("+44 20 7946 0123")!;

        Assert.DoesNotContain("44", masked);
        Assert.DoesNotContain("7946", masked);
        Assert.EndsWith("0123", masked);
    }
}
