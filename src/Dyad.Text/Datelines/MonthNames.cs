namespace Dyad.Text.Datelines;

/// <summary>English month names as datelines write them: full, abbreviated ("Dec.", "Dec"), and "Sept.".</summary>
internal static class MonthNames
{
    private static readonly string[] Full =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

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

        var hasPeriod = wordEnd < text.Length && text[wordEnd] == '.';
        for (var month = 0; month < Full.Length; month++)
        {
            var name = Full[month];
            var full = word.Equals(name, StringComparison.OrdinalIgnoreCase);
            var abbreviated = name.Length > word.Length
                && (word.Length == 3 || (month == 8 && word.Length == 4))
                && name.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase);
            if (full || abbreviated)
            {
                end = abbreviated && hasPeriod ? wordEnd + 1 : wordEnd;
                return month + 1;
            }
        }

        return 0;
    }
}
