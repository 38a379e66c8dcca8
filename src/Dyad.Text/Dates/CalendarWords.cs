using System.Collections.Frozen;
using Dyad.Core.Stories;

namespace Dyad.Text.Dates;

/// <summary>Month, weekday, unit and number words, lower case.</summary>
internal static class CalendarWords
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sept"] = 9,
        ["sep"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    }.ToFrozenDictionary();

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
