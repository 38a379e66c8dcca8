using Dyad.Core.Stories;

namespace Dyad.Text.Datelines;

/// <summary>
/// Finds the dateline that opens a wire story: "MOSCOW, May 8. /TASS/.", "IGORA /Leningrad Region/, December 26.
/// /TASS/.", "WASHINGTON (Reuters) -", "KYIV, Ukraine (AP) —", "BEIJING, March 3 (Xinhua) --", "LONDON, 5 May
/// (AFP) -". The place is in capitals; after it come, in this order and each optional, a region in slashes,
/// a qualifier after a comma, a date, an agency in parentheses or slashes, and a closing dash or full stop. A
/// dateline needs an agency, or a date closed by a full stop or dash, so a sentence or heading that merely starts
/// with words in capitals ("MUST READ - Do not…") is never taken for one; the cost is that a bare "WASHINGTON —"
/// is not recognised either.
/// </summary>
public static class DatelineParser
{
    public static Dateline? Parse(string text, DateOnly? storyDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan();
        var start = SkipWhitespace(s, 0);
        var placeEnd = ReadPlace(s, start);
        if (placeEnd < 0)
        {
            return null;
        }

        var p = placeEnd;
        string? agency = null;
        int month = 0, day = 0;
        var stopAfterDate = false;

        var q = SkipSpaces(s, p);
        if (q < s.Length && s[q] == '/')
        {
            var close = ReadBracketed(s, q, '/');
            if (close < 0)
            {
                return null;
            }

            if (close + 1 < s.Length && s[close + 1] == ',')
            {
                p = close + 1;
            }
            else
            {
                agency = text[(q + 1)..close];
                p = close + 1;
            }
        }

        if (agency is null)
        {
            // Up to two comma-separated parts: a qualifier ("Ukraine", "Calif.") and/or a date.
            for (var part = 0; part < 2 && p < s.Length && s[p] == ',' && month == 0; part++)
            {
                var partStart = SkipSpaces(s, p + 1);
                var dateEnd = ReadDate(s, partStart, out month, out day);
                if (dateEnd > 0)
                {
                    p = dateEnd;
                    if (p < s.Length && s[p] == '.')
                    {
                        stopAfterDate = true;
                        p++;
                    }

                    continue;
                }

                var qualifierEnd = ReadQualifier(s, partStart);
                if (qualifierEnd < 0)
                {
                    return null;
                }

                p = qualifierEnd;
            }

            q = SkipSpaces(s, p);
            if (q < s.Length && (s[q] == '(' || s[q] == '/'))
            {
                var close = ReadBracketed(s, q, s[q] == '(' ? ')' : '/');
                if (close < 0)
                {
                    return null;
                }

                agency = text[(q + 1)..close];
                p = close + 1;
            }
        }

        var end = ReadTerminator(s, p, agency is not null || month != 0, out var dash);
        if (end < 0 || (agency is null && !stopAfterDate && !(dash && month != 0)))
        {
            return null;
        }

        var place = text[start..placeEnd];
        return new Dateline(place, agency, Resolve(month, day, storyDate), new TextSpan(start, end));
    }

    private static int SkipWhitespace(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && char.IsWhiteSpace(s[p]))
        {
            p++;
        }

        return p;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        return p;
    }

    /// <summary>Words in capitals ("UNITED NATIONS", "ST. PETERSBURG", "NUR-SULTAN"); returns the end or -1.</summary>
    private static int ReadPlace(ReadOnlySpan<char> s, int p)
    {
        var end = -1;
        var letters = 0;
        while (p < s.Length && char.IsUpper(s[p]))
        {
            var wordEnd = p;
            while (wordEnd < s.Length && (char.IsLetter(s[wordEnd]) || s[wordEnd] is '-' or '\'' or '.' or '’'))
            {
                if (char.IsLower(s[wordEnd]))
                {
                    return -1;
                }

                letters += char.IsLetter(s[wordEnd]) ? 1 : 0;
                wordEnd++;
            }

            end = wordEnd;
            if (wordEnd + 1 < s.Length && s[wordEnd] == ' ' && char.IsUpper(s[wordEnd + 1]) && IsCapitalWord(s, wordEnd + 1))
            {
                p = wordEnd + 1;
                continue;
            }

            break;
        }

        return letters >= 2 ? end : -1;
    }

    private static bool IsCapitalWord(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && (char.IsLetter(s[p]) || s[p] is '-' or '\'' or '.' or '’'))
        {
            if (char.IsLower(s[p]))
            {
                return false;
            }

            p++;
        }

        return true;
    }

    /// <summary>Capitalised words after the place's comma ("Ukraine", "Calif.", "D.C."); returns the end or -1.</summary>
    private static int ReadQualifier(ReadOnlySpan<char> s, int p)
    {
        var start = p;
        var end = -1;
        while (p < s.Length && char.IsUpper(s[p]))
        {
            var wordEnd = p;
            while (wordEnd < s.Length && (char.IsLetter(s[wordEnd]) || s[wordEnd] is '-' or '.' or '\'' or '’'))
            {
                wordEnd++;
            }

            end = wordEnd;
            if (wordEnd + 1 < s.Length && s[wordEnd] == ' ' && char.IsUpper(s[wordEnd + 1]))
            {
                p = wordEnd + 1;
                continue;
            }

            break;
        }

        if (end < 0 || end - start > 40)
        {
            return -1;
        }

        var next = SkipSpaces(s, end);
        return next < s.Length && s[next] is ',' or '(' or '/' or '-' or '—' or '–' ? end : -1;
    }

    /// <summary>"May 8", "Sept. 8", "5 May"; returns the end or -1.</summary>
    private static int ReadDate(ReadOnlySpan<char> s, int p, out int month, out int day)
    {
        month = MonthNames.Read(s, p, out var monthEnd);
        if (month != 0)
        {
            var dayStart = SkipSpaces(s, monthEnd);
            var dayEnd = ReadDay(s, dayStart, out day);
            if (dayStart > monthEnd && dayEnd > 0)
            {
                return dayEnd;
            }
        }
        else
        {
            var dayEnd = ReadDay(s, p, out day);
            var monthStart = dayEnd > 0 ? SkipSpaces(s, dayEnd) : -1;
            if (monthStart > dayEnd)
            {
                month = MonthNames.Read(s, monthStart, out monthEnd);
                if (month != 0)
                {
                    return monthEnd;
                }
            }
        }

        month = 0;
        day = 0;
        return -1;
    }

    private static int ReadDay(ReadOnlySpan<char> s, int p, out int day)
    {
        day = 0;
        var end = p;
        while (end < s.Length && end - p < 2 && char.IsAsciiDigit(s[end]))
        {
            day = (day * 10) + (s[end] - '0');
            end++;
        }

        var valid = end > p && day is >= 1 and <= 31 && (end == s.Length || !char.IsAsciiDigit(s[end]));
        return valid ? end : -1;
    }

    /// <summary>"(Reuters)" or "/TASS/": returns the index of the closing character, or -1.</summary>
    private static int ReadBracketed(ReadOnlySpan<char> s, int open, char close)
    {
        var p = open + 1;
        if (p >= s.Length || !char.IsLetter(s[p]))
        {
            return -1;
        }

        while (p < s.Length && p - open <= 40 && (char.IsLetterOrDigit(s[p]) || s[p] is ' ' or '-' or '.' or '&' or '\''))
        {
            p++;
        }

        return p < s.Length && s[p] == close ? p : -1;
    }

    /// <summary>
    /// The dash or full stop that closes the dateline; returns its end, <paramref name="p"/> when there is none
    /// but <paramref name="allowNone"/>, else -1.
    /// </summary>
    private static int ReadTerminator(ReadOnlySpan<char> s, int p, bool allowNone, out bool dash)
    {
        dash = false;
        var q = SkipSpaces(s, p);
        if (q < s.Length && s[q] is '-' or '—' or '–')
        {
            var end = q + 1;
            while (end < s.Length && s[end] == '-')
            {
                end++;
            }

            // The story goes on after the dash on the same line; a line that ends in a dash is a heading.
            var text = SkipSpaces(s, end);
            dash = text > end && text < s.Length && s[text] is not ('\n' or '\r');
            return dash ? end : -1;
        }

        if (allowNone && p < s.Length && s[p] == '.' && p > 0 && s[p - 1] is '/' or ')')
        {
            return p + 1;
        }

        return allowNone && (p == s.Length || char.IsWhiteSpace(s[p])) ? p : -1;
    }

    /// <summary>The year that puts day and month nearest the story date (December 31 in a January 1 story is last year).</summary>
    private static DateOnly? Resolve(int month, int day, DateOnly? storyDate)
    {
        if (month == 0 || storyDate is not { } reference)
        {
            return null;
        }

        DateOnly? best = null;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            if (best is null || Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber))
            {
                best = candidate;
            }
        }

        return best;
    }
}
