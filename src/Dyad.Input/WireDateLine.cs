using System.Globalization;

namespace Dyad.Input;

/// <summary>The line that opens a wire story: "date YYYY-MM-DD" and, on the same line, the start of the story.</summary>
public readonly record struct WireDateLine(string DateText, DateOnly? Date, int TextStart)
{
    private const string Keyword = "date ";

    /// <summary>
    /// Recognises a line that starts (after spaces) with "date" and a token shaped like a date. The date may
    /// still be invalid (2023-13-45): then <see cref="Date"/> is null and the story is reported.
    /// </summary>
    public static bool TryParse(string line, out WireDateLine parsed)
    {
        parsed = default;
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            start++;
        }

        if (!line.AsSpan(start).StartsWith(Keyword, StringComparison.Ordinal))
        {
            return false;
        }

        var dateStart = start + Keyword.Length;
        var dateEnd = dateStart;
        while (dateEnd < line.Length && !char.IsWhiteSpace(line[dateEnd]))
        {
            dateEnd++;
        }

        var token = line.AsSpan(dateStart, dateEnd - dateStart);
        if (token.Length < 8 || !char.IsAsciiDigit(token[0]) || token.IndexOf('-') < 0)
        {
            return false;
        }

        DateOnly? date = DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;
        var textStart = dateEnd;
        while (textStart < line.Length && char.IsWhiteSpace(line[textStart]))
        {
            textStart++;
        }

        parsed = new WireDateLine(token.ToString(), date, textStart);
        return true;
    }
}
