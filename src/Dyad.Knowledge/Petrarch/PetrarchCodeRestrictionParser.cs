using Dyad.Knowledge.Dates;
using Dyad.Knowledge.Diagnostics;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// Reads the <c>[CODE restriction]</c> groups of actor dictionaries: <c>&lt;date</c> (up to and including),
/// <c>&gt;date</c> (from and including), <c>date-date</c> (both included), or nothing (the default code).
/// Blanks inside the restriction are ignored. A group that cannot be read is a warning and is skipped.
/// </summary>
internal static class PetrarchCodeRestrictionParser
{
    /// <summary>Parses every bracket group in <paramref name="text"/>, adding the readable ones to <paramref name="codes"/>.</summary>
    public static void ParseGroups(string text, int line, DiagnosticSink sink, List<DatedCode> codes)
    {
        var position = 0;
        while (true)
        {
            var open = text.IndexOf('[', position);
            if (open < 0)
            {
                return;
            }

            var close = text.IndexOf(']', open + 1);
            if (close < 0)
            {
                sink.Warning(line, $"'[' without ']' in '{text.Trim()}'; the code is ignored");
                return;
            }

            var parsed = Parse(text[(open + 1)..close], line, sink);
            if (parsed is not null)
            {
                codes.Add(parsed);
            }

            position = close + 1;
        }
    }

    public static DatedCode? Parse(string group, int line, DiagnosticSink sink)
    {
        var trimmed = group.Trim();
        var blank = trimmed.IndexOfAny([' ', '\t']);
        var code = blank < 0 ? trimmed : trimmed[..blank];
        var restriction = blank < 0 ? "" : trimmed[(blank + 1)..].Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            sink.Warning(line, "empty code '[]'; ignored");
            return null;
        }

        if (PetrarchCodes.IsTabariDiscard(code))
        {
            sink.Warning(line, $"'{code}' was a TABARI discard code; PETRARCH-2 codes it as written (put discards in the discard list)");
        }
        else if (code != PetrarchCodes.Null)
        {
            if (code.Any(char.IsAsciiLetterLower))
            {
                sink.Warning(line, $"code '{code}' is not upper case; read as '{code.ToUpperInvariant()}'");
                code = code.ToUpperInvariant();
            }

            if (!PetrarchCodes.IsWellFormedActorCode(code))
            {
                sink.Warning(line, $"code '{code}' is not letters and digits; ignored");
                return null;
            }
        }

        var range = ParseRestriction(restriction, line, sink);
        return range is null ? null : new DatedCode(code, range.Value);
    }

    private static DateRange? ParseRestriction(string restriction, int line, DiagnosticSink sink)
    {
        if (restriction.Length == 0)
        {
            return DateRange.Always;
        }

        if (restriction[0] is '<' or '>')
        {
            if (!TryDate(restriction[1..], line, sink, out var bound))
            {
                return null;
            }

            return restriction[0] == '<' ? new DateRange(null, bound) : new DateRange(bound, null);
        }

        var dash = restriction.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            if (!TryDate(restriction, line, sink, out var start))
            {
                return null;
            }

            sink.Warning(line, $"date restriction '{restriction}' has no '<', '>' or '-'; read as '>{restriction}'");
            return new DateRange(start, null);
        }

        if (!TryDate(restriction[..dash], line, sink, out var from) || !TryDate(restriction[(dash + 1)..], line, sink, out var to))
        {
            return null;
        }

        if (to < from)
        {
            sink.Warning(line, $"date range '{restriction}' ends before it starts; ignored");
            return null;
        }

        return new DateRange(from, to);
    }

    private static bool TryDate(string text, int line, DiagnosticSink sink, out DateOnly date)
    {
        if (CompactDate.TryParse(text, out date))
        {
            return true;
        }

        sink.Warning(line, $"date '{text}' is not a real day as YYMMDD or YYYYMMDD; the restriction is ignored");
        return false;
    }
}
