using Dyad.Core.Stories;

namespace Dyad.Text.Dates;

/// <summary>Tries each date pattern at one word; the first pattern that matches wins.</summary>
internal readonly struct DateMatcher(List<DateWord> words, DateOnly story)
{
    public (DateMention Mention, int Next)? Match(int i) =>
        IsoDate(i) ?? Qualified(i) ?? MonthFirst(i) ?? DayFirst(i) ?? Year(i) ?? Decade(i)
        ?? Deictic(i) ?? Weekday(i) ?? RelativePeriod(i) ?? Ago(i);

    private DateWord? At(int i) => i >= 0 && i < words.Count ? words[i] : null;

    private bool Is(int i, string lower) => At(i) is { } w && w.Lower == lower;

    private bool IsDash(int i) => At(i) is { Lower: "-" or "–" or "—" };

    private (DateMention, int) Make(int first, int next, DateOnly from, DateOnly to, DatePrecision precision, bool relative) =>
        (new DateMention(new TextSpan(words[first].Start, words[next - 1].End), from, to, precision, relative), next);

    private int? YearAt(int i) => At(i) is { IsNumber: true, Lower.Length: 4 } w && w.Number is >= 1900 and <= 2099 ? w.Number : null;

    private int? DayAt(int i) => At(i) is { IsNumber: true } w && w.Number is >= 1 and <= 31 ? w.Number : null;

    private int? MonthAt(int i) =>
        At(i) is { IsCapitalised: true } w && CalendarWords.Months.TryGetValue(w.Lower, out var month) ? month : null;

    /// <summary>The index after a month name and its abbreviation stop.</summary>
    private int AfterMonth(int i) => Is(i + 1, ".") && words[i].Lower.Length <= 4 ? i + 2 : i + 1;

    /// <summary>The index after an ordinal suffix ("20th") if one is there.</summary>
    private int AfterOrdinal(int i) =>
        At(i) is { SpaceBefore: false, Lower: "st" or "nd" or "rd" or "th" } ? i + 1 : i;

    private (DateMention, int)? IsoDate(int i)
    {
        if (YearAt(i) is not { } year || !IsDash(i + 1) || At(i + 2) is not { IsNumber: true, Lower.Length: 2, SpaceBefore: false } m
            || !IsDash(i + 3) || At(i + 4) is not { IsNumber: true, Lower.Length: 2, SpaceBefore: false } d
            || !Calendar.TryDay(year, m.Number, d.Number, out var day))
        {
            return null;
        }

        return Make(i, i + 5, day, day, DatePrecision.Day, false);
    }

    /// <summary>"early May", "mid-May 2012", "late 2012", "the end of May".</summary>
    private (DateMention, int)? Qualified(int i)
    {
        var first = i;
        int part;
        var j = i + 1;
        if (Is(i, "early") || Is(i, "beginning") || Is(i, "start"))
        {
            part = 0;
        }
        else if (Is(i, "mid") || Is(i, "middle"))
        {
            part = 1;
        }
        else if (Is(i, "late") || Is(i, "end"))
        {
            part = 2;
        }
        else
        {
            return null;
        }

        if (Is(i, "beginning") || Is(i, "start") || Is(i, "middle") || Is(i, "end"))
        {
            if (!Is(j, "of"))
            {
                return null;
            }

            j++;
            if (Is(i - 1, "the"))
            {
                first = i - 1;
            }
        }
        else if (IsDash(j))
        {
            j++;
        }

        if (MonthAt(j) is { } month)
        {
            var next = AfterMonth(j);
            var explicitYear = YearAt(next);
            var year = explicitYear ?? Calendar.NearestYear(month, 15, story);
            var (from, to) = Calendar.MonthPart(year, month, part);
            return Make(first, explicitYear is null ? next : next + 1, from, to, DatePrecision.Range, explicitYear is null);
        }

        if (YearAt(j) is { } onlyYear)
        {
            var (from, to) = Calendar.YearPart(onlyYear, part);
            return Make(first, j + 1, from, to, DatePrecision.Range, false);
        }

        return null;
    }

    /// <summary>"September 20, 2012", "Sept. 20", "May 8-10, 2023", "September 2012", "in May".</summary>
    private (DateMention, int)? MonthFirst(int i)
    {
        if (MonthAt(i) is not { } month)
        {
            return null;
        }

        var j = AfterMonth(i);
        if (DayAt(j) is { } day && YearAt(j) is null)
        {
            var next = AfterOrdinal(j + 1);
            var lastDay = day;
            if ((IsDash(next) || Is(next, "to")) && DayAt(next + 1) is { } rangeEnd && rangeEnd > day)
            {
                lastDay = rangeEnd;
                next = AfterOrdinal(next + 2);
            }

            var yearIndex = Is(next, ",") ? next + 1 : next;
            if (YearAt(yearIndex) is { } year)
            {
                return Calendar.TryDay(year, month, day, out var from) && Calendar.TryDay(year, month, lastDay, out var to)
                    ? Make(i, yearIndex + 1, from, to, lastDay == day ? DatePrecision.Day : DatePrecision.Range, false)
                    : null;
            }

            var inferred = Calendar.NearestYear(month, day, story);
            return Calendar.TryDay(inferred, month, day, out var start) && Calendar.TryDay(inferred, month, lastDay, out var stop)
                ? Make(i, next, start, stop, lastDay == day ? DatePrecision.Day : DatePrecision.Range, true)
                : null;
        }

        var afterComma = Is(j, ",") ? j + 1 : j;
        if (YearAt(afterComma) is { } monthYear)
        {
            var (from, to) = Calendar.Month(monthYear, month);
            return Make(i, afterComma + 1, from, to, DatePrecision.Month, false);
        }

        if (At(i - 1) is { } before && (CalendarWords.DatePrepositions.Contains(before.Lower) || before.Lower is "last" or "next" or "this"))
        {
            var year = before.Lower switch
            {
                "last" => story.Month > month ? story.Year : story.Year - 1,
                "next" => story.Month < month ? story.Year : story.Year + 1,
                "this" => story.Year,
                _ => Calendar.NearestYear(month, 15, story),
            };
            var first = before.Lower is "last" or "next" or "this" ? i - 1 : i;
            var (from, to) = Calendar.Month(year, month);
            return Make(first, j, from, to, DatePrecision.Month, true);
        }

        return null;
    }

    /// <summary>"20 June 2017", "8-10 May", "5 May".</summary>
    private (DateMention, int)? DayFirst(int i)
    {
        if (DayAt(i) is not { } day || YearAt(i) is not null)
        {
            return null;
        }

        var j = AfterOrdinal(i + 1);
        var lastDay = day;
        if ((IsDash(j) || Is(j, "to")) && DayAt(j + 1) is { } rangeEnd && rangeEnd > day)
        {
            lastDay = rangeEnd;
            j = AfterOrdinal(j + 2);
        }

        if (Is(j, "of"))
        {
            j++;
        }

        if (MonthAt(j) is not { } month)
        {
            return null;
        }

        var next = AfterMonth(j);
        var explicitYear = Is(next, ",") && YearAt(next + 1) is not null ? YearAt(next + 1) : YearAt(next);
        if (explicitYear is { } year)
        {
            next = Is(next, ",") ? next + 2 : next + 1;
        }

        var resolved = explicitYear ?? Calendar.NearestYear(month, day, story);
        return Calendar.TryDay(resolved, month, day, out var from) && Calendar.TryDay(resolved, month, lastDay, out var to)
            ? Make(i, next, from, to, lastDay == day ? DatePrecision.Day : DatePrecision.Range, explicitYear is null)
            : null;
    }

    /// <summary>"in 2012", "from 2012 to 2014", "between 2012 and 2014", "2012-2014".</summary>
    private (DateMention, int)? Year(int i)
    {
        if (YearAt(i) is not { } year)
        {
            return null;
        }

        var between = Is(i - 1, "between");
        if ((IsDash(i + 1) || Is(i + 1, "to") || (between && Is(i + 1, "and"))) && YearAt(i + 2) is { } last && last > year)
        {
            return Make(i, i + 3, new DateOnly(year, 1, 1), new DateOnly(last, 12, 31), DatePrecision.Range, false);
        }

        if (At(i - 1) is { } before && (CalendarWords.DatePrepositions.Contains(before.Lower) || before.Lower is "year"))
        {
            return Make(i, i + 1, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, false);
        }

        return null;
    }

    /// <summary>"the 1990s".</summary>
    private (DateMention, int)? Decade(int i)
    {
        if (YearAt(i) is not { } year || year % 10 != 0 || At(i + 1) is not { Lower: "s", SpaceBefore: false })
        {
            return null;
        }

        return Make(Is(i - 1, "the") ? i - 1 : i, i + 2, new DateOnly(year, 1, 1), new DateOnly(year + 9, 12, 31), DatePrecision.Range, false);
    }

    /// <summary>"today", "yesterday", "tomorrow", "last night", "this morning", "on the eve", "the day before yesterday".</summary>
    private (DateMention, int)? Deictic(int i)
    {
        if (Is(i, "the") && Is(i + 1, "day") && (Is(i + 2, "before") || Is(i + 2, "after")) && (Is(i + 3, "yesterday") || Is(i + 3, "tomorrow")))
        {
            var offset = Is(i + 3, "yesterday") ? -2 : 2;
            return Day(i, i + 4, offset);
        }

        if (Is(i, "the") && Is(i + 1, "eve") && !Is(i + 2, "of"))
        {
            return Day(i, i + 2, -1);
        }

        if ((Is(i, "this") && (Is(i + 1, "morning") || Is(i + 1, "afternoon") || Is(i + 1, "evening"))) || (Is(i, "last") && Is(i + 1, "night")))
        {
            return Day(i, i + 2, Is(i, "last") ? -1 : 0);
        }

        return At(i)?.Lower switch
        {
            "today" or "tonight" => Day(i, i + 1, 0),
            "yesterday" => Day(i, i + 1, -1),
            "tomorrow" => Day(i, i + 1, 1),
            _ => null,
        };
    }

    private (DateMention, int) Day(int first, int next, int offset)
    {
        var day = story.AddDays(offset);
        return Make(first, next, day, day, DatePrecision.Day, true);
    }

    /// <summary>"on Monday", "last Friday", "next Tuesday", "this Sunday".</summary>
    private (DateMention, int)? Weekday(int i)
    {
        if (At(i) is not { IsCapitalised: true } w || !CalendarWords.Weekdays.TryGetValue(w.Lower, out var weekday))
        {
            return null;
        }

        var back = ((int)story.DayOfWeek - (int)weekday + 7) % 7;
        var modifier = At(i - 1)?.Lower;
        var (first, offset) = modifier switch
        {
            "last" => (i - 1, back == 0 ? -7 : -back),
            "next" => (i - 1, back == 0 ? 7 : 7 - back),
            "this" => (i - 1, Calendar.WeekOffset(story, weekday)),
            _ => (i, -back),
        };
        var day = story.AddDays(offset);
        return Make(first, i + 1, day, day, DatePrecision.Day, true);
    }

    /// <summary>"last week", "this month", "next year", "over the weekend", "earlier this year", "later this month".</summary>
    private (DateMention, int)? RelativePeriod(int i)
    {
        if ((Is(i, "earlier") || Is(i, "later")) && Is(i + 1, "this") && At(i + 2) is { } unitWord && CalendarWords.Unit(unitWord.Lower) is { } unit and not DatePrecision.Day)
        {
            var (from, to) = Calendar.Period(story, unit);
            return Is(i, "earlier")
                ? Make(i, i + 3, from, story, DatePrecision.Range, true)
                : Make(i, i + 3, story, to, DatePrecision.Range, true);
        }

        if ((Is(i, "the") || Is(i, "this")) && Is(i + 1, "weekend") || (Is(i, "last") && Is(i + 1, "weekend")))
        {
            var sunday = story.DayOfWeek == DayOfWeek.Sunday ? story : story.AddDays(-(int)story.DayOfWeek);
            if (story.DayOfWeek == DayOfWeek.Saturday)
            {
                sunday = story.AddDays(1);
            }

            return Make(i, i + 2, sunday.AddDays(-1), sunday, DatePrecision.Range, true);
        }

        if (At(i)?.Lower is not ("last" or "this" or "next") || At(i + 1) is not { } period || CalendarWords.Unit(period.Lower) is not { } precision || precision == DatePrecision.Day)
        {
            return null;
        }

        var shift = At(i)!.Value.Lower switch { "last" => -1, "next" => 1, _ => 0 };
        var anchor = precision switch
        {
            DatePrecision.Week => story.AddDays(7 * shift),
            DatePrecision.Month => story.AddMonths(shift),
            _ => story.AddYears(shift),
        };
        var (start, end) = Calendar.Period(anchor, precision);
        return Make(i, i + 2, start, end, precision, true);
    }

    /// <summary>"two days ago", "a week ago", "in three weeks": days and weeks give a day, months and years the whole period.</summary>
    private (DateMention, int)? Ago(int i)
    {
        var count = At(i) is { } w ? (w.IsNumber ? w.Number : CalendarWords.Numbers.GetValueOrDefault(w.Lower, -1)) : -1;
        if (count < 1 || At(i + 1) is not { } unitWord || CalendarWords.Unit(unitWord.Lower) is not { } unit)
        {
            return null;
        }

        int sign;
        int first;
        int next;
        if (Is(i + 2, "ago"))
        {
            (sign, first, next) = (-1, i, i + 3);
        }
        else if (Is(i - 1, "in") && At(i) is { IsNumber: false } or { Number: <= 60 })
        {
            (sign, first, next) = (1, i, i + 2);
        }
        else
        {
            return null;
        }

        if (Shift(story, unit, (long)sign * count) is not { } anchor)
        {
            return null;
        }

        var (from, to) = unit is DatePrecision.Day or DatePrecision.Week ? (anchor, anchor) : Calendar.Period(anchor, unit);
        return Make(first, next, from, to, unit, true);
    }

    /// <summary>
    /// <paramref name="day"/> moved by <paramref name="count"/> units, or null when that falls outside the calendar
    /// (years 1 to 9999): "5779 years ago", the Creation in a rabbi's greeting, dates no event.
    /// </summary>
    private static DateOnly? Shift(DateOnly day, DatePrecision unit, long count)
    {
        var months = (day.Year * 12L) + day.Month - 1 + (unit == DatePrecision.Month ? count : unit == DatePrecision.Day || unit == DatePrecision.Week ? 0 : count * 12);
        var days = day.DayNumber + (unit == DatePrecision.Day ? count : unit == DatePrecision.Week ? count * 7 : 0);
        if (months < 12 || months > (9999 * 12L) + 11 || days < DateOnly.MinValue.DayNumber || days > DateOnly.MaxValue.DayNumber)
        {
            return null;
        }

        return unit switch
        {
            DatePrecision.Day or DatePrecision.Week => DateOnly.FromDayNumber((int)days),
            DatePrecision.Month => day.AddMonths((int)count),
            _ => day.AddYears((int)count),
        };
    }
}
