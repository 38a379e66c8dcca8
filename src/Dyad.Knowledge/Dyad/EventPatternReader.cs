using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// Reads <c>events.txt</c>: <c>verb sign -&gt; 057 | object: agreement, memorandum</c>,
/// <c>noun talks -&gt; 043 | prep: with</c>. A code is a CAMEO event code of 2–4 digits with a root 01–20.
/// </summary>
public static class EventPatternReader
{
    internal static readonly RecordFileSchema Schema = new("events", 1, new HashSet<string>(), new HashSet<string> { "object", "prep" }, HasResult: true)
    {
        IdentityFields = ["object", "prep"],
    };

    public static ReadResult<IReadOnlyList<EventPattern>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<EventPattern>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<EventPattern> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var patterns = new List<EventPattern>();
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            var head = record.Key.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            PredicateKind? kind = head[0] switch
            {
                "verb" => PredicateKind.Verb,
                "noun" => PredicateKind.Noun,
                _ => null,
            };
            if (kind is null || head.Length < 2)
            {
                sink.Error(record.Line, $"'{record.Key}' must be 'verb LEMMA' or 'noun LEMMA'");
                continue;
            }

            if (!IsCameoEventCode(record.Result!))
            {
                sink.Error(record.Line, $"unknown event code '{record.Result}': CAMEO codes are 2–4 digits starting 01–20");
                continue;
            }

            patterns.Add(new EventPattern(kind.Value, head[1].ToLowerInvariant(), record.List("object"), record.Field("prep"), record.Result!, new SourceLocation(sink.File, record.Line)));
        }

        return patterns;
    }

    private static bool IsCameoEventCode(string code) =>
        code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit) && int.Parse(code[..2]) is >= 1 and <= 20;
}
