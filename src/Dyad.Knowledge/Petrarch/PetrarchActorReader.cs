using Dyad.Knowledge.Dates;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// Reads PETRARCH-2 actor dictionaries (<c>*.actors.txt</c>). A record is a primary phrase line, optional
/// <c>+</c> synonym lines, and optional indented <c>[CODE restriction]</c> lines; codes may also follow any
/// phrase on its own line, several to a line. A record with no code yet goes on through primary lines that
/// follow without a blank line (the Phoenix files list "IVO_JOSIPOVIC_", "PRESIDENT_JOSIPOVIC_", "JOSIPOVIC_" and
/// then their codes, or "DMITRY_MEDVEDEV_" with synonyms, then "DMITR_MEDVEDEV_" with more and the codes); once a
/// record has a code, the next primary line starts a new record.
/// </summary>
public static class PetrarchActorReader
{
    public static ReadResult<IReadOnlyList<PetrarchActorEntry>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<PetrarchActorEntry>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<PetrarchActorEntry> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var entries = new List<PetrarchActorEntry>();
        List<IReadOnlyList<string>>? phrases = null;
        List<DatedCode> codes = [];
        var start = 0;
        var last = 0;
        var hadBracket = false;

        void Finish()
        {
            if (phrases is null)
            {
                return;
            }

            if (codes.Count == 0)
            {
                sink.Warning(start, $"actor '{string.Join(' ', phrases[0])}' has no code; it will be recognised but not coded");
            }

            entries.Add(new PetrarchActorEntry(phrases, codes, new SourceLocation(sink.File, start)));
            phrases = null;
            codes = [];
        }

        foreach (var (number, content) in PetrarchLines.Meaningful(lines))
        {
            if (content[0] == '[')
            {
                if (phrases is null)
                {
                    sink.Warning(number, "code line with no actor phrase before it; ignored");
                    continue;
                }

                PetrarchCodeRestrictionParser.ParseGroups(content, number, sink, codes);
                hadBracket = true;
                last = number;
                continue;
            }

            var isSynonym = content[0] == '+';
            var bracket = content.IndexOf('[', StringComparison.Ordinal);
            var phraseText = (bracket < 0 ? content : content[..bracket])[(isSynonym ? 1 : 0)..];
            var words = PetrarchPhrase.Words(phraseText);
            if (isSynonym && phrases is null)
            {
                sink.Warning(number, "synonym '+' line with no actor phrase before it; ignored");
                continue;
            }

            var joinsPrevious = !isSynonym && phrases is not null && !hadBracket && last == number - 1;
            if (!isSynonym && !joinsPrevious)
            {
                Finish();
                start = number;
                phrases = [];
                hadBracket = false;
            }

            hadBracket |= bracket >= 0;
            last = number;

            if (words.Count == 0)
            {
                sink.Warning(number, "phrase with no words; ignored");
            }
            else
            {
                phrases!.Add(words);
            }

            if (bracket >= 0)
            {
                PetrarchCodeRestrictionParser.ParseGroups(content[bracket..], number, sink, codes);
            }

            if (phrases!.Count == 0)
            {
                phrases = null;
            }
        }

        Finish();
        return entries;
    }
}
