namespace ContactCenter.Domain.Privacy;

/// <summary>Shows only a number's last four digits (DOMAIN.md, privacy).</summary>
public static class CallerNumberMask
{
    public static string? Mask(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return number;
        }

        Span<char> digits = stackalloc char[4];
        var found = 0;
        for (var i = number.Length - 1; i >= 0 && found < 4; i--)
        {
            if (char.IsAsciiDigit(number[i]))
            {
                digits[3 - found++] = number[i];
            }
        }

        return found == 0 ? "****" : "****" + new string(digits[(4 - found)..]);
    }
}
