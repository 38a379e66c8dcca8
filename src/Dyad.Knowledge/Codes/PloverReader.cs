using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Codes;

/// <summary>Reads <c>codes/plover.txt</c>: <c>event ASSAULT | modes: abduct, aerial</c> and <c>context military</c> lines.</summary>
public static class PloverReader
{
    internal static readonly RecordFileSchema Schema = new("plover", 1, new HashSet<string>(), new HashSet<string> { "modes" }, HasResult: false);

    public static ReadResult<PloverVocabulary> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<PloverVocabulary> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static PloverVocabulary Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var events = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var contexts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            var words = record.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case ["event", var name] when DyadValues.IsUpperCode(name, 2, 20):
                    events[name] = record.List("modes");
                    break;
                case ["context", var name] when record.Field("modes") is null:
                    contexts.Add(name);
                    break;
                default:
                    sink.Error(record.Line, $"'{record.Key}' must be 'event NAME' (upper case, with optional modes) or 'context NAME' (without modes)");
                    break;
            }
        }

        return new PloverVocabulary(events, contexts);
    }
}
