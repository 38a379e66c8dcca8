using Dyad.Text.Dates;

namespace Dyad.Text.Datelines;

/// <summary>English month names as datelines write them: full, abbreviated ("Dec.", "Dec"), and "Sept.".</summary>
internal static class MonthNames
{
    /// <summary>
    /// Reads a month name at <paramref name="start"/>. Returns the month (1-12) and sets <paramref name="end"/>
    /// past the name and its abbreviation period, or returns 0 when no month name is there.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var wordEnd = start;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text[start..wordEnd];
        if (word.Length < 3 || !char.IsAsciiLetterUpper(word[0]))
        {
            return 0;
        }

        var month = CalendarWords.Month(word, out var abbreviated);
        if (month > 0)
        {
            end = abbreviated && wordEnd < text.Length && text[wordEnd] == '.' ? wordEnd + 1 : wordEnd;
        }

        return month;
    }
}
