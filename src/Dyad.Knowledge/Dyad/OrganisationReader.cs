using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>Reads <c>organisations.txt</c>: <c>IGOUNO | name: United Nations | acronyms: UN | type: IGO | valid: 1945-10-24..</c>.</summary>
public static class OrganisationReader
{
    internal static readonly RecordFileSchema Schema = new("organisations", 1, new HashSet<string> { "name", "type" }, new HashSet<string> { "names", "acronyms", "valid" }, HasResult: false);

    private static readonly Dictionary<string, OrganisationType> Types = new(StringComparer.Ordinal)
    {
        ["IGO"] = OrganisationType.Igo,
        ["NGO"] = OrganisationType.Ngo,
        ["armed group"] = OrganisationType.ArmedGroup,
        ["company"] = OrganisationType.Company,
        ["media"] = OrganisationType.Media,
    };

    public static ReadResult<IReadOnlyList<Organisation>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<Organisation>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<Organisation> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var organisations = new List<Organisation>();
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            if (!DyadValues.IsUpperCode(record.Key, 3, 15))
            {
                sink.Error(record.Line, $"organisation code '{record.Key}' must be 3–15 upper-case letters or digits");
                continue;
            }

            if (!Types.TryGetValue(record.Field("type")!, out var type))
            {
                sink.Error(record.Line, $"type '{record.Field("type")}' must be one of: {string.Join(", ", Types.Keys)}");
                continue;
            }

            if (DyadValues.Validity(record, sink) is not { } valid)
            {
                continue;
            }

            organisations.Add(new Organisation(record.Key, record.Field("name")!, record.List("names"), record.List("acronyms"), type, valid, new SourceLocation(sink.File, record.Line)));
        }

        return organisations;
    }
}
