namespace Dyad.Knowledge.Dates;

/// <summary>
/// The PETRARCH/TABARI date forms YYMMDD and YYYYMMDD. A two-digit year below <see cref="TwoDigitYearPivot"/>
/// is 20YY, otherwise 19YY: the dictionaries were written 1991–2014 and their oldest six-digit dates are from
/// the 1930s, so 00–29 can only mean this century.
/// </summary>
public static class CompactDate
{
    public const int TwoDigitYearPivot = 30;

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        int year;
        ReadOnlySpan<char> rest;
        if (text.Length == 6)
        {
            var twoDigits = Number(text[..2]);
            year = twoDigits < TwoDigitYearPivot ? 2000 + twoDigits : 1900 + twoDigits;
            rest = text[2..];
        }
        else if (text.Length == 8)
        {
            year = Number(text[..4]);
            rest = text[4..];
        }
        else
        {
            return false;
        }

        var month = Number(rest[..2]);
        var day = Number(rest[2..]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
