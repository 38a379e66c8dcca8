using System.Collections.Frozen;
using Dyad.Core.Stories;

namespace Dyad.Text.Dates;

/// <summary>Month, weekday, unit and number words: one table for date expressions and datelines.</summary>
internal static class CalendarWords
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Month names, their three-letter abbreviations and "sept", in any case, to the month (1-12).</summary>
    public static readonly FrozenDictionary<string, int> Months = MonthNames
        .SelectMany((name, i) => new[] { (Word: name, Month: i + 1), (Word: name[..3], Month: i + 1) })
        .Append((Word: "sept", Month: 9))
        .DistinctBy(x => x.Word)
        .ToFrozenDictionary(x => x.Word, x => x.Month, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthsBySpan =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month a word names (0 when none), and whether the word is an abbreviation rather than the full name.</summary>
    public static int Month(ReadOnlySpan<char> word, out bool abbreviated)
    {
        var month = MonthsBySpan.TryGetValue(word, out var found) ? found : 0;
        abbreviated = month > 0 && word.Length < MonthNames[month - 1].Length;
        return month;
    }

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
    }.ToFrozenDictionary();

    /// <summary>Words after which a bare month name ("in May") or year ("in 2012") is a date.</summary>
    public static readonly FrozenSet<string> DatePrepositions =
        new[] { "in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "through" }.ToFrozenSet();

    public static DatePrecision? Unit(string word) => word switch
    {
        "day" or "days" => DatePrecision.Day,
        "week" or "weeks" => DatePrecision.Week,
        "month" or "months" => DatePrecision.Month,
        "year" or "years" => DatePrecision.Year,
        _ => null,
    };
}
