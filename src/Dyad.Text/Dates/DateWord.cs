namespace Dyad.Text.Dates;

/// <summary>A word of a date expression: a run of letters, a run of digits, or one other character.</summary>
internal readonly record struct DateWord(int Start, int End, string Lower, bool IsNumber, bool IsCapitalised, bool SpaceBefore)
{
    public int Number => IsNumber && Lower.Length <= 4 ? int.Parse(Lower, System.Globalization.CultureInfo.InvariantCulture) : -1;

    public static List<DateWord> Scan(string text, int start, int end)
    {
        var words = new List<DateWord>();
        var p = start;
        var space = true;
        while (p < end)
        {
            var c = text[p];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                p++;
                continue;
            }

            var q = p + 1;
            if (char.IsLetter(c))
            {
                while (q < end && char.IsLetter(text[q]))
                {
                    q++;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                while (q < end && char.IsAsciiDigit(text[q]))
                {
                    q++;
                }
            }

            words.Add(new DateWord(p, q, text[p..q].ToLowerInvariant(), char.IsAsciiDigit(c), char.IsUpper(c), space));
            space = false;
            p = q;
        }

        return words;
    }
}
