using System.Globalization;

namespace Dyad.Cli.Arguments;

/// <summary>The <c>--date YYYY-MM-DD</c> option that several commands take.</summary>
internal static class DateArgument
{
    /// <summary>The date, null when the option is absent; a <see cref="UsageException"/> when it is not a date.</summary>
    public static DateOnly? Parse(string? value) =>
        value is null
            ? null
            : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new UsageException($"--date '{value}' is not a date; write it as YYYY-MM-DD");
}
