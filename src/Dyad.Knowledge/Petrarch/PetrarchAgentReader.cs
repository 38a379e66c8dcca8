using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// Reads PETRARCH-2 agent dictionaries: <c>phrase {plurals} [~CODE]</c> lines and <c>!MACRO! = A, B</c>
/// substitution sets. A phrase with a macro gets one phrase per list item and no generated plural; <c>{}</c>
/// suppresses the plural; <c>{A B}</c> lists irregular plurals. A closing <c>}</c> instead of <c>]</c> is accepted
/// with a warning.
/// </summary>
public static class PetrarchAgentReader
{
    public static ReadResult<IReadOnlyList<PetrarchAgentEntry>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<PetrarchAgentEntry>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<PetrarchAgentEntry> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var macros = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var entries = new List<PetrarchAgentEntry>();
        foreach (var (number, content) in PetrarchLines.Meaningful(lines))
        {
            if (content[0] == '!' && content.Contains('=', StringComparison.Ordinal))
            {
                DefineMacro(content, number, sink, macros);
                continue;
            }

            var entry = ParseEntry(content, number, sink, macros);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static void DefineMacro(string content, int number, DiagnosticSink sink, Dictionary<string, IReadOnlyList<string>> macros)
    {
        var equals = content.IndexOf('=', StringComparison.Ordinal);
        var name = content[..equals].Trim();
        if (name.Length < 3 || name[^1] != '!' || name.IndexOf('!', 1) != name.Length - 1)
        {
            sink.Warning(number, $"substitution marker '{name}' is not of the form !NAME!; ignored");
            return;
        }

        var items = content[(equals + 1)..].Split(',').Select(i => i.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()).Where(i => i.Length > 0).ToArray();
        if (macros.ContainsKey(name))
        {
            sink.Warning(number, $"substitution marker {name} is defined again; the new list replaces the old");
        }

        macros[name] = items;
    }

    private static PetrarchAgentEntry? ParseEntry(string content, int number, DiagnosticSink sink, Dictionary<string, IReadOnlyList<string>> macros)
    {
        var open = content.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            sink.Warning(number, $"agent '{content}' has no [code]; ignored");
            return null;
        }

        var close = content.IndexOf(']', open + 1);
        if (close < 0)
        {
            close = content.IndexOf('}', open + 1);
            if (close < 0)
            {
                sink.Warning(number, $"'[' without ']' in '{content}'; ignored");
                return null;
            }

            sink.Warning(number, "agent code closed with '}' instead of ']'; read as ']'");
        }

        var codeText = content[(open + 1)..close].Trim();
        AgentCodePlacement placement;
        string code;
        if (codeText.StartsWith('~'))
        {
            placement = AgentCodePlacement.AfterActor;
            code = codeText[1..].Trim();
        }
        else if (codeText.EndsWith('~'))
        {
            placement = AgentCodePlacement.BeforeActor;
            code = codeText[..^1].Trim();
        }
        else
        {
            sink.Warning(number, $"agent code '{codeText}' has no '~' to say where it goes; ignored");
            return null;
        }

        if (!PetrarchCodes.IsWellFormedActorCode(code))
        {
            sink.Warning(number, $"agent code '{code}' is not upper-case letters and digits; ignored");
            return null;
        }

        var head = content[..open];
        string? pluralText = null;
        var brace = head.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var braceClose = head.IndexOf('}', brace + 1);
            if (braceClose < 0)
            {
                sink.Warning(number, "'{' without '}'; the plurals are ignored");
                braceClose = head.Length;
            }
            else
            {
                pluralText = head[(brace + 1)..braceClose];
            }

            head = head[..brace];
        }

        var expanded = Expand(head.Trim(), number, sink, macros, out var hadMacro);
        if (expanded.Count == 0)
        {
            return null;
        }

        var phrases = new List<IReadOnlyList<string>>();
        foreach (var phraseText in expanded)
        {
            var words = PetrarchPhrase.Words(phraseText);
            if (words.Count == 0)
            {
                continue;
            }

            phrases.Add(words);
            if (!hadMacro && pluralText is null)
            {
                phrases.Add([.. words.Take(words.Count - 1), EnglishPlural.Of(words[^1])]);
            }
        }

        if (pluralText is not null)
        {
            foreach (var plural in pluralText.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                phrases.Add(PetrarchPhrase.Words(plural));
            }
        }

        if (phrases.Count == 0)
        {
            sink.Warning(number, "agent phrase with no words; ignored");
            return null;
        }

        return new PetrarchAgentEntry(phrases, code, placement, new SourceLocation(sink.File, number));
    }

    private static List<string> Expand(string phrase, int number, DiagnosticSink sink, Dictionary<string, IReadOnlyList<string>> macros, out bool hadMacro)
    {
        hadMacro = false;
        var results = new List<string> { phrase };
        while (true)
        {
            var first = results[0];
            var start = first.IndexOf('!', StringComparison.Ordinal);
            if (start < 0)
            {
                return results;
            }

            var end = first.IndexOf('!', start + 1);
            if (end < 0)
            {
                sink.Warning(number, $"unclosed substitution marker in '{phrase}'; ignored");
                return [];
            }

            var name = first[start..(end + 1)];
            if (!macros.TryGetValue(name, out var items))
            {
                sink.Warning(number, $"substitution marker {name} is not defined above; the agent is ignored");
                return [];
            }

            hadMacro = true;
            results = results.SelectMany(r => items.Select(item => r.Replace(name, item, StringComparison.Ordinal))).ToList();
        }
    }
}
