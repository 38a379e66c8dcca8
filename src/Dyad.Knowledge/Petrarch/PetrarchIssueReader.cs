using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Petrarch.Verbs;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// Reads PETRARCH issue dictionaries: <c>&lt;ISSUE CATEGORY="…"&gt;</c> sections of <c>phrase [CODE]</c> lines.
/// In a phrase, <c>n:word</c> adds the plural, <c>v:word</c> the regular verb forms, and <c>a+b</c> both "a b"
/// and "a-b".
/// </summary>
public static class PetrarchIssueReader
{
    private const int MaxSpellings = 256;

    public static ReadResult<IReadOnlyList<PetrarchIssueEntry>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<PetrarchIssueEntry>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<PetrarchIssueEntry> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var entries = new List<PetrarchIssueEntry>();
        string? category = null;
        foreach (var (number, content) in PetrarchLines.Meaningful(lines))
        {
            if (content.StartsWith("</ISSUE", StringComparison.OrdinalIgnoreCase))
            {
                category = null;
                continue;
            }

            if (content.StartsWith("<ISSUE", StringComparison.OrdinalIgnoreCase))
            {
                category = Attribute(content, "CATEGORY");
                if (category is null)
                {
                    sink.Warning(number, "<ISSUE> without CATEGORY=\"…\"");
                }

                continue;
            }

            var ignore = content.StartsWith("~~", StringComparison.Ordinal) ? 2 : content[0] == '~' ? 1 : 0;
            var text = content[ignore..];
            string? code = null;
            var open = text.IndexOf('[', StringComparison.Ordinal);
            if (open >= 0)
            {
                var close = text.IndexOf(']', open);
                if (close < 0)
                {
                    sink.Warning(number, "'[' without ']'; ignored");
                    continue;
                }

                code = text[(open + 1)..close].Trim();
                text = text[..open];
            }

            if (ignore == 0 && string.IsNullOrEmpty(code))
            {
                sink.Warning(number, $"issue phrase '{text.Trim()}' has no [CODE]; ignored");
                continue;
            }

            var spellings = Expand(text);
            if (spellings.Count == 0)
            {
                sink.Warning(number, "issue phrase with no words; ignored");
                continue;
            }

            if (spellings.Count > MaxSpellings)
            {
                sink.Warning(number, $"issue phrase expands to more than {MaxSpellings} spellings; ignored");
                continue;
            }

            entries.Add(new PetrarchIssueEntry(spellings, ignore > 0 ? null : code, category, ignore, new SourceLocation(sink.File, number)));
        }

        return entries;
    }

    private static string? Attribute(string tag, string name)
    {
        var at = tag.IndexOf(name + "=\"", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = at + name.Length + 2;
        var end = tag.IndexOf('"', start);
        return end < 0 ? null : tag[start..end];
    }

    private static List<string> Expand(string text)
    {
        var phrases = new List<string> { "" };
        foreach (var token in text.ToUpperInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split('+', StringSplitOptions.RemoveEmptyEntries).Select(Forms).ToList();
            var joined = new List<string> { "" };
            for (var i = 0; i < parts.Count; i++)
            {
                var separators = i == 0 ? [""] : new[] { " ", "-" };
                joined = joined.SelectMany(j => separators.SelectMany(s => parts[i].Select(p => j + s + p))).ToList();
                if (joined.Count > MaxSpellings)
                {
                    break;
                }
            }

            phrases = phrases.SelectMany(p => joined.Select(j => p.Length == 0 ? j : p + " " + j)).ToList();
            if (phrases.Count > MaxSpellings)
            {
                break;
            }
        }

        return phrases.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<string> Forms(string part) =>
        part.StartsWith("N:", StringComparison.Ordinal) ? [part[2..], EnglishPlural.Of(part[2..])]
        : part.StartsWith("V:", StringComparison.Ordinal) ? [part[2..], .. RegularVerbForms.Of(part[2..])]
        : [part];
}
