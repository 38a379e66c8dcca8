using System.Globalization;
using Dyad.Knowledge.Dates;
using Dyad.Knowledge.Diagnostics;

namespace Dyad.Knowledge.Dyad;

/// <summary>The value syntaxes of Dyad knowledge files: ISO dates, <c>FROM..TO</c> ranges (either end open), codes.</summary>
internal static class DyadValues
{
    public static DateOnly? Date(string text, int line, DiagnosticSink sink)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        sink.Error(line, $"date '{text.Trim()}' is not a real day written YYYY-MM-DD");
        return null;
    }

    public static DateRange? Range(string text, int line, DiagnosticSink sink)
    {
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            sink.Error(line, $"date range '{text}' must be FROM..TO, FROM.. or ..TO (YYYY-MM-DD)");
            return null;
        }

        var fromText = text[..dots].Trim();
        var toText = text[(dots + 2)..].Trim();
        DateOnly? from = null;
        DateOnly? to = null;
        if (fromText.Length > 0 && (from = Date(fromText, line, sink)) is null)
        {
            return null;
        }

        if (toText.Length > 0 && (to = Date(toText, line, sink)) is null)
        {
            return null;
        }

        if (from > to)
        {
            sink.Error(line, $"date range '{text}' ends before it starts");
            return null;
        }

        return new DateRange(from, to);
    }

    /// <summary>
    /// The entry's optional <c>valid</c> range: <see cref="DateRange.Always"/> when absent, null (with the error
    /// reported) when malformed.
    /// </summary>
    public static DateRange? Validity(RecordLine record, DiagnosticSink sink) =>
        record.Field("valid") is { } text ? Range(text, record.Line, sink) : DateRange.Always;

    public static bool IsUpperCode(string code, int minLength, int maxLength) =>
        code.Length >= minLength && code.Length <= maxLength && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
}
