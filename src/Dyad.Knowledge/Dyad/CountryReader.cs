using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>Reads <c>countries.txt</c>: <c>KGZ | name: Kyrgyzstan | iso: KG | names: … | adjectives: … | capital: Bishkek | valid: FROM..TO</c>.</summary>
public static class CountryReader
{
    internal static readonly RecordFileSchema Schema = new("countries", 1, new HashSet<string> { "name" }, new HashSet<string> { "iso", "names", "adjectives", "capital", "valid" }, HasResult: false);

    public static ReadResult<IReadOnlyList<Country>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<Country>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<Country> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var countries = new List<Country>();
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            if (!DyadValues.IsUpperCode(record.Key, 3, 3) || !record.Key.All(char.IsAsciiLetterUpper))
            {
                sink.Error(record.Line, $"country code '{record.Key}' must be three upper-case letters");
                continue;
            }

            var iso = record.Field("iso");
            if (iso is not null && (iso.Length != 2 || !iso.All(char.IsAsciiLetterUpper)))
            {
                sink.Error(record.Line, $"iso '{iso}' must be the two-letter ISO 3166-1 code");
                continue;
            }

            if (DyadValues.Validity(record, sink) is not { } valid)
            {
                continue;
            }

            countries.Add(new Country(record.Key, record.Field("name")!, iso, record.List("names"), record.List("adjectives"), record.Field("capital"), valid, new SourceLocation(sink.File, record.Line)));
        }

        return countries;
    }
}
