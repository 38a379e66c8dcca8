using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// Reads <c>agreements.txt</c>: <c>Collective Security Treaty | acronyms: CST | signed: 1992-05-15 | in force:
/// 1994-04-20 | parties: ARM, KAZ</c>. An agreement cannot enter into force before it is signed.
/// </summary>
public static class AgreementReader
{
    internal static readonly RecordFileSchema Schema = new("agreements", 1, new HashSet<string> { "signed", "parties" }, new HashSet<string> { "names", "acronyms", "in force" }, HasResult: false);

    public static ReadResult<IReadOnlyList<Agreement>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<Agreement>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<Agreement> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var agreements = new List<Agreement>();
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            if (DyadValues.Date(record.Field("signed")!, record.Line, sink) is not { } signed)
            {
                continue;
            }

            DateOnly? inForce = null;
            if (record.Field("in force") is { } inForceText)
            {
                if ((inForce = DyadValues.Date(inForceText, record.Line, sink)) is null)
                {
                    continue;
                }

                if (inForce < signed)
                {
                    sink.Error(record.Line, $"'{record.Key}' enters into force ({inForce:yyyy-MM-dd}) before it is signed ({signed:yyyy-MM-dd})");
                    continue;
                }
            }

            var parties = record.List("parties");
            if (parties.Count == 0)
            {
                sink.Error(record.Line, $"'{record.Key}' lists no parties");
                continue;
            }

            agreements.Add(new Agreement(record.Key, record.List("names"), record.List("acronyms"), signed, inForce, parties, new SourceLocation(sink.File, record.Line)));
        }

        return agreements;
    }
}
