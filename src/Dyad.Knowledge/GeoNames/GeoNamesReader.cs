using System.Globalization;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.GeoNames;

/// <summary>
/// Reads a GeoNames dump (the 19 tab-separated columns of the "geoname" table, as in cities15000.txt) into Dyad
/// places: the ISO country code becomes the country's code in our countries file, coordinates are rounded to
/// 0.01°, the feature code gives the kind (PPLC capital, PPLA… regional capital, else city), and the ASCII name and
/// the English-looking alternate names become the name variants. Where one country has two places of the same name,
/// the more populous is kept, because a knowledge file may hold a name once per country.
/// </summary>
public static class GeoNamesReader
{
    private const int ColumnCount = 19;

    private static readonly HashSet<string> LowerCaseParticles = new(StringComparer.Ordinal)
    {
        "al", "am", "an", "and", "as", "at", "bei", "d", "da", "de", "del", "der", "des", "di", "do", "dos", "du", "e", "el", "en", "i", "im", "la", "las", "le", "les", "los", "of", "on", "op", "sur", "the", "upon", "y",
    };

    public static ReadResult<IReadOnlyList<Place>> Read(string path, IReadOnlyList<Country> countries, GeoNamesOptions options) =>
        KnowledgeFile.Read(path, (lines, sink) => Read(lines, sink, countries, options));

    public static ReadResult<IReadOnlyList<Place>> Parse(string text, string fileName, IReadOnlyList<Country> countries, GeoNamesOptions options) =>
        KnowledgeFile.Parse(text, fileName, (lines, sink) => Read(lines, sink, countries, options));

    private static IReadOnlyList<Place> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink, IReadOnlyList<Country> countries, GeoNamesOptions options)
    {
        var codeOfIso = countries.Where(c => c.Iso is not null).ToDictionary(c => c.Iso!, c => c.Code, StringComparer.OrdinalIgnoreCase);
        var kept = new Dictionary<(string Name, string Country), (Place Place, long Population)>(NameAndCountryComparer.Instance);
        foreach (var line in lines)
        {
            if (line.Text.Length == 0 || line.Text[0] == '#')
            {
                continue;
            }

            if (ReadLine(line, sink, codeOfIso, options) is not var (place, population) || population < options.MinPopulation)
            {
                continue;
            }

            var key = (place.Name, place.Country);
            if (!kept.TryGetValue(key, out var other) || population > other.Population)
            {
                kept[key] = (place, population);
            }
        }

        return [.. kept.Values.Select(v => v.Place).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Country, StringComparer.Ordinal)];
    }

    private static (Place Place, long Population)? ReadLine(SourceLine line, DiagnosticSink sink, Dictionary<string, string> codeOfIso, GeoNamesOptions options)
    {
        var columns = line.Text.Split('\t');
        if (columns.Length != ColumnCount)
        {
            sink.Warning(line.Number, $"{columns.Length} tab-separated columns where a GeoNames 'geoname' line has {ColumnCount}; line skipped");
            return null;
        }

        var name = columns[1].Trim();
        if (name.Length == 0 || name[0] == '#' || name.Contains('|', StringComparison.Ordinal) || name.Contains("->", StringComparison.Ordinal))
        {
            sink.Warning(line.Number, $"name '{name}' cannot be a knowledge key (empty, or with '#', '|' or '->'); line skipped");
            return null;
        }

        if (!double.TryParse(columns[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(columns[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            || latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            sink.Warning(line.Number, $"coordinates '{columns[4]} {columns[5]}' are not a latitude and longitude in degrees; line skipped");
            return null;
        }

        if (!codeOfIso.TryGetValue(columns[8], out var country))
        {
            sink.Warning(line.Number, $"country code '{columns[8]}' is not the iso of any country in the countries file; line skipped");
            return null;
        }

        var population = 0L;
        if (columns[14].Length > 0 && !long.TryParse(columns[14], NumberStyles.None, CultureInfo.InvariantCulture, out population))
        {
            sink.Warning(line.Number, $"population '{columns[14]}' is not a whole number; line skipped");
            return null;
        }

        var place = new Place(name, country, Round(latitude), Round(longitude), Kind(columns[7]), Variants(name, columns[2], columns[3], options.MaxNames), new SourceLocation(sink.File, line.Number));
        return (place, population);
    }

    private static string Kind(string featureCode) => featureCode switch
    {
        "PPLC" => "capital",
        _ when featureCode.StartsWith("PPLA", StringComparison.Ordinal) => "regional capital",
        _ => "city",
    };

    // Adding zero turns a rounded -0.0 into 0.0, so the file never says "-0.00".
    private static double Round(double degrees) => Math.Round(degrees, 2, MidpointRounding.AwayFromZero) + 0.0;

    /// <summary>
    /// The English-looking alternates closest in spelling to the ASCII name, in alphabetical order: GeoNames lists
    /// alternates alphabetically with no language, and the close spellings ("Kiev", "Kyiv", "Kiyev") are the ones
    /// English news uses, while distant ones are mostly other languages' names ("Gorad Maskva").
    /// </summary>
    private static List<string> Variants(string name, string asciiName, string alternates, int max)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        var reference = asciiName.Trim().ToLowerInvariant();
        return [.. alternates.Split(',', StringSplitOptions.TrimEntries)
            .Prepend(asciiName.Trim())
            .Where(candidate => LooksEnglish(candidate) && seen.Add(candidate))
            .OrderBy(candidate => EditDistance(candidate.ToLowerInvariant(), reference))
            .ThenBy(candidate => candidate, StringComparer.Ordinal)
            .Take(max)
            .Order(StringComparer.Ordinal)];
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// ASCII letters in capitalised words (lower-case particles such as "de" or "al" allowed between them), joined
    /// by spaces, hyphens or full stops: "Andorra la Vella", "Frunze". This leaves out other scripts, codes
    /// ("ALV") and the lower-case romanisations GeoNames lists ("an dao er cheng"), and the apostrophes of
    /// transliterations such as "Ehskal'des".
    /// </summary>
    private static bool LooksEnglish(string candidate)
    {
        if (candidate.Length is < 2 or > 40 || !char.IsAsciiLetterUpper(candidate[0]) || !candidate.Any(char.IsAsciiLetterLower))
        {
            return false;
        }

        if (!candidate.All(c => char.IsAsciiLetter(c) || c is ' ' or '-' or '.'))
        {
            return false;
        }

        return candidate.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .All(word => char.IsAsciiLetterUpper(word[0]) || LowerCaseParticles.Contains(word));
    }

    private sealed class NameAndCountryComparer : IEqualityComparer<(string Name, string Country)>
    {
        public static NameAndCountryComparer Instance { get; } = new();

        public bool Equals((string Name, string Country) x, (string Name, string Country) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name) && StringComparer.Ordinal.Equals(x.Country, y.Country);

        public int GetHashCode((string Name, string Country) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name), StringComparer.Ordinal.GetHashCode(obj.Country));
    }
}
