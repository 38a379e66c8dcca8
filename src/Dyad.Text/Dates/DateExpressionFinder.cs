using Dyad.Core.Stories;

namespace Dyad.Text.Dates;

/// <summary>
/// Finds date expressions in a stretch of text and resolves them against the story date: absolute ones
/// ("September 20, 2012", "20 June 2017", "in 2012", "mid-May", "2012-09-20"), relative ones ("on Monday",
/// "yesterday", "last week", "next month", "earlier this year", "two days ago", "on the eve") and ranges ("May
/// 8-10", "from 2012 to 2014"). Conventions, for news: a day and month without a year, and a bare month, take the
/// year that puts them nearest the story date; a bare weekday is the latest such day on or before the story date;
/// weeks run Monday to Sunday; "early", "mid" and "late" are the days 1–10, 11–20 and 21–end of a month, or the
/// months 1–4, 5–8 and 9–12 of a year.
/// </summary>
public static class DateExpressionFinder
{
    public static IReadOnlyList<DateMention> Find(string text, DateOnly storyDate) => Find(text, 0, text.Length, storyDate);

    public static IReadOnlyList<DateMention> Find(string text, int start, int end, DateOnly storyDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = DateWord.Scan(text, start, end);
        var found = new List<DateMention>();
        var i = 0;
        while (i < words.Count)
        {
            var match = new DateMatcher(words, storyDate).Match(i);
            if (match is { } m)
            {
                found.Add(m.Mention);
                i = m.Next;
            }
            else
            {
                i++;
            }
        }

        return found;
    }
}
