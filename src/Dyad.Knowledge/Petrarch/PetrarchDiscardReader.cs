using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>Reads PETRARCH discard lists: one phrase a line, <c>+</c> for story level, matched without regard to case.</summary>
public static class PetrarchDiscardReader
{
    public static ReadResult<IReadOnlyList<PetrarchDiscardEntry>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<PetrarchDiscardEntry>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<PetrarchDiscardEntry> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var entries = new List<PetrarchDiscardEntry>();
        var seen = new HashSet<(string, bool)>();
        foreach (var (number, content) in PetrarchLines.Meaningful(lines))
        {
            var wholeStory = content[0] == '+';
            var text = wholeStory ? content[1..].Trim() : content;
            var wholeWord = text.EndsWith('_');
            var phrase = string.Join(' ', PetrarchPhrase.Words(text));
            if (phrase.Length == 0)
            {
                sink.Warning(number, "discard with no words; ignored");
                continue;
            }

            if (!seen.Add((phrase, wholeStory)))
            {
                sink.Warning(number, $"discard '{phrase}' is listed twice");
                continue;
            }

            entries.Add(new PetrarchDiscardEntry(phrase, wholeStory, wholeWord, new SourceLocation(sink.File, number)));
        }

        return entries;
    }
}
