using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// Reads <c>events.txt</c> (format <c>events 2</c>): <c>verb sign -&gt; 057 | object: agreement, memorandum |
/// target: with | joint: yes</c>, <c>noun visit -&gt; 042 | target: to | reverse: 043</c>. Codes are CAMEO event
/// codes of 2–4 digits with a root 01–20.
/// </summary>
public static class EventPatternReader
{
    internal static readonly RecordFileSchema Schema = new("events", 2, new HashSet<string>(), new HashSet<string> { "object", "target", "reverse", "joint", "context" }, HasResult: true)
    {
        IdentityFields = ["object", "target"],
    };

    public static ReadResult<IReadOnlyList<EventPattern>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<EventPattern>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<EventPattern> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var patterns = new List<EventPattern>();
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            if (ReadPattern(record, sink) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }

        CheckObjectPhrases(patterns, sink);
        return patterns;
    }

    /// <summary>
    /// An object of several words ("military cooperation") refines the pattern of the same predicate whose object is
    /// the phrase's head alone ("cooperation"), so that the words before the head only ever make a code more precise.
    /// </summary>
    private static void CheckObjectPhrases(List<EventPattern> patterns, DiagnosticSink sink)
    {
        var heads = patterns.SelectMany(p => p.Objects.Where(o => !o.Contains(' ', StringComparison.Ordinal)).Select(o => (p.Predicate, o))).ToHashSet();
        foreach (var pattern in patterns)
        {
            foreach (var phrase in pattern.Objects.Where(o => o.Contains(' ', StringComparison.Ordinal)))
            {
                var head = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
                if (!heads.Contains((pattern.Predicate, head)))
                {
                    sink.Error(pattern.Source.Line, $"the object '{phrase}' refines '{pattern.Predicate}' with the object '{head}', which no pattern has; add that pattern or write the object as one word");
                }
            }
        }
    }

    private static EventPattern? ReadPattern(RecordLine record, DiagnosticSink sink)
    {
        var head = record.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        PredicateKind? kind = head[0] switch
        {
            "verb" => PredicateKind.Verb,
            "noun" => PredicateKind.Noun,
            _ => null,
        };
        if (kind is null || head.Length < 2 || head.Length > 3 || (kind == PredicateKind.Noun && head.Length == 3))
        {
            sink.Error(record.Line, $"'{record.Key}' must be 'verb LEMMA', 'verb LEMMA PARTICLE' or 'noun LEMMA'");
            return null;
        }

        var reverse = record.Field("reverse");
        foreach (var code in new[] { record.Result!, reverse }.OfType<string>())
        {
            if (!IsCameoEventCode(code))
            {
                sink.Error(record.Line, $"unknown event code '{code}': CAMEO codes are 2–4 digits starting 01–20");
                return null;
            }
        }

        var joint = record.Field("joint");
        if (joint is not (null or "yes" or "no"))
        {
            sink.Error(record.Line, $"joint must be 'yes' or 'no', not '{joint}'");
            return null;
        }

        if (joint == "yes" && reverse is not null)
        {
            sink.Error(record.Line, "a joint pattern is coded the same both ways; it cannot also give a reverse code");
            return null;
        }

        var targets = record.List("target").Select(t => t.ToLowerInvariant()).ToArray();
        if (kind == PredicateKind.Noun && targets.Contains(EventPattern.ObjectTarget))
        {
            sink.Error(record.Line, "a noun has no direct object: give the prepositions that introduce its target");
            return null;
        }

        return new EventPattern(
            kind.Value,
            head[1].ToLowerInvariant(),
            head.Length == 3 ? head[2].ToLowerInvariant() : null,
            record.List("object").Select(o => o.ToLowerInvariant()).ToArray(),
            targets.Length > 0 || kind == PredicateKind.Noun ? targets : [EventPattern.ObjectTarget],
            record.Result!,
            reverse,
            joint == "yes",
            record.List("context"),
            new SourceLocation(sink.File, record.Line));
    }

    private static bool IsCameoEventCode(string code) =>
        code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit) && int.Parse(code[..2]) is >= 1 and <= 20;
}
