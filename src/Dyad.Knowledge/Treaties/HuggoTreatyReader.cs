using System.Globalization;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Treaties;

/// <summary>
/// Reads a treaty list in the HUGGO CSV layout (a header row naming the columns; Title, Signature, Force, Begin,
/// TitleAlt, Depository and Secretariat are used) into Dyad agreements. The list has no party column, so the
/// parties are what it does give: the countries named in the title, the depositary and the secretariat (as
/// Dyad's agreements.txt does for treaties with many parties). The signing day is Signature, else Begin; a date
/// marked doubtful ("1965-06-16?") is taken as written. A row with no readable signing day or no party it can name
/// is a <c>file:line</c> warning and is left out. A title listed again for another treaty gets its signing day
/// added, "Title (YYYY-MM-DD)", because an agreement title is a key.
/// </summary>
public static class HuggoTreatyReader
{
    private static readonly string[] RequiredColumns = ["Title", "Signature", "Force", "Begin", "TitleAlt", "Depository", "Secretariat"];

    public static ReadResult<IReadOnlyList<Agreement>> Read(string path, IReadOnlyList<Country> countries, IReadOnlyList<Organisation> organisations) =>
        KnowledgeFile.Read(path, (lines, sink) => Read(lines, sink, new PartyNames(countries, organisations)));

    public static ReadResult<IReadOnlyList<Agreement>> Parse(string text, string fileName, IReadOnlyList<Country> countries, IReadOnlyList<Organisation> organisations) =>
        KnowledgeFile.Parse(text, fileName, (lines, sink) => Read(lines, sink, new PartyNames(countries, organisations)));

    private static IReadOnlyList<Agreement> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink, PartyNames parties)
    {
        if (lines.Count == 0 || CsvFields.Split(lines[0].Text) is not { } header || RequiredColumns.Any(c => !header.Contains(c)))
        {
            sink.Error(1, $"the first line must name the HUGGO columns, including {string.Join(", ", RequiredColumns)}");
            return [];
        }

        var column = RequiredColumns.ToDictionary(c => c, c => header.ToList().IndexOf(c), StringComparer.Ordinal);
        var agreements = new Dictionary<string, Agreement>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).Where(l => l.Text.Trim().Length > 0))
        {
            if (ReadRow(line, sink, parties, column, header.Count) is not { } agreement)
            {
                continue;
            }

            if (agreements.ContainsKey(agreement.Title))
            {
                agreement = agreement with { Title = $"{agreement.Title} ({agreement.SignedOn:yyyy-MM-dd})" };
                if (agreements.ContainsKey(agreement.Title))
                {
                    sink.Warning(line.Number, $"'{agreement.Title}' is listed twice with the same signing day; the second is left out");
                    continue;
                }
            }

            agreements[agreement.Title] = agreement;
        }

        return [.. agreements.Values.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase)];
    }

    private static Agreement? ReadRow(SourceLine line, DiagnosticSink sink, PartyNames parties, Dictionary<string, int> column, int columnCount)
    {
        if (CsvFields.Split(line.Text) is not { } fields || fields.Count != columnCount)
        {
            sink.Warning(line.Number, $"not a CSV row of {columnCount} fields (a quote left open, or a field too many or too few); left out");
            return null;
        }

        string? Field(string name) => fields[column[name]].Trim() is { Length: > 0 } value && value != "NA" ? value : null;

        var title = Field("Title")?.Replace('|', '/');
        if (title is null || title.StartsWith('#') || title.Contains("->", StringComparison.Ordinal))
        {
            sink.Warning(line.Number, $"title '{title}' cannot be a knowledge key (empty, or with '#' or '->'); left out");
            return null;
        }

        if ((Day(Field("Signature")) ?? Day(Field("Begin"))) is not { } signed)
        {
            sink.Warning(line.Number, $"'{title}' has no full signing day (Signature '{Field("Signature")}', Begin '{Field("Begin")}'); left out");
            return null;
        }

        var inForce = Day(Field("Force")) is { } force && force >= signed ? force : (DateOnly?)null;
        var codes = parties.CountriesIn(title, signed)
            .Concat((Field("Depository") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => parties.CodeOf(d, signed)))
            .Append(Field("Secretariat") is { } secretariat ? parties.CodeOf(secretariat, signed) : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (codes.Count == 0)
        {
            sink.Warning(line.Number, $"'{title}' names no known country or organisation in its title, depositary or secretariat; left out");
            return null;
        }

        // A comma would split a name in the agreements file's comma-separated list.
        var names = (Field("TitleAlt") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.Replace(",", "", StringComparison.Ordinal))
            .Where(n => !string.Equals(n, title, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new Agreement(title, names, [], signed, inForce, codes, new SourceLocation(sink.File, line.Number));
    }

    private static DateOnly? Day(string? text) =>
        text is not null && DateOnly.TryParseExact(text.TrimEnd('?'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
