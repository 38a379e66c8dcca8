using Dyad.Core.Stories;

namespace Dyad.Text.Dates;

/// <summary>Day arithmetic for resolving date expressions.</summary>
internal static class Calendar
{
    public static bool TryDay(int year, int month, int day, out DateOnly date)
    {
        var valid = year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateOnly(year, month, day) : default;
        return valid;
    }

    /// <summary>The year (story year or either neighbour) that puts the day and month nearest the story date.</summary>
    public static int NearestYear(int month, int day, DateOnly story)
    {
        var best = story.Year;
        var bestDistance = int.MaxValue;
        for (var year = story.Year - 1; year <= story.Year + 1; year++)
        {
            var clamped = Math.Min(day, DateTime.DaysInMonth(year, month));
            var distance = Math.Abs(new DateOnly(year, month, clamped).DayNumber - story.DayNumber);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (year, distance);
            }
        }

        return best;
    }

    public static (DateOnly From, DateOnly To) Month(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>Days 1–10, 11–20 or 21–end of a month for part 0, 1, 2.</summary>
    public static (DateOnly From, DateOnly To) MonthPart(int year, int month, int part) => part switch
    {
        0 => (new DateOnly(year, month, 1), new DateOnly(year, month, 10)),
        1 => (new DateOnly(year, month, 11), new DateOnly(year, month, 20)),
        _ => (new DateOnly(year, month, 21), new DateOnly(year, month, DateTime.DaysInMonth(year, month))),
    };

    /// <summary>Months 1–4, 5–8 or 9–12 of a year for part 0, 1, 2.</summary>
    public static (DateOnly From, DateOnly To) YearPart(int year, int part) => part switch
    {
        0 => (new DateOnly(year, 1, 1), new DateOnly(year, 4, 30)),
        1 => (new DateOnly(year, 5, 1), new DateOnly(year, 8, 31)),
        _ => (new DateOnly(year, 9, 1), new DateOnly(year, 12, 31)),
    };

    /// <summary>The Monday–Sunday week, calendar month or calendar year around a day.</summary>
    public static (DateOnly From, DateOnly To) Period(DateOnly day, DatePrecision unit) => unit switch
    {
        DatePrecision.Week => (day.AddDays(-DaysSinceMonday(day)), day.AddDays(6 - DaysSinceMonday(day))),
        DatePrecision.Month => Month(day.Year, day.Month),
        DatePrecision.Year => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
        _ => (day, day),
    };

    /// <summary>The offset from the story date to the given weekday in the same Monday–Sunday week.</summary>
    public static int WeekOffset(DateOnly story, DayOfWeek weekday) =>
        ((int)weekday + 6) % 7 - DaysSinceMonday(story);

    private static int DaysSinceMonday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;
}
