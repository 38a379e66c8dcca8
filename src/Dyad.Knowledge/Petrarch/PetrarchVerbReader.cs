using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Petrarch.Verbs;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// Reads PETRARCH-2 verb dictionaries in the CAMEO.2.0.txt format: <c>&amp;NAME</c> synonym sets with <c>+</c>
/// members, <c>--- NAME [code] ---</c> blocks of verbs (irregular forms in <c>{}</c>, multi-word verbs with
/// <c>+</c> on the verb word, an optional own code), <c>- … * … [code]</c> patterns and <c>~</c> transformations.
/// A pattern that cannot be read (undefined synset, no <c>*</c>, a code that is not CAMEO digits) is a warning and
/// is left out, as PETRARCH does.
/// </summary>
public static class PetrarchVerbReader
{
    public static ReadResult<PetrarchVerbSet> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<PetrarchVerbSet> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static PetrarchVerbSet Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var state = new State(sink);
        foreach (var (number, content) in PetrarchLines.Meaningful(lines))
        {
            if (content.StartsWith("---", StringComparison.Ordinal))
            {
                state.StartBlock(content, number);
            }
            else if (content[0] == '&')
            {
                state.StartSynset(content, number);
            }
            else if (content[0] == '-')
            {
                state.AddPattern(content[1..], number);
            }
            else if (content[0] == '*' && !state.InSynset)
            {
                sink.Warning(number, "pattern line does not start with '-'; read as a pattern");
                state.AddPattern(content, number);
            }
            else if (content[0] == '~')
            {
                state.AddTransformation(content[1..], number);
            }
            else if (content[0] == '+' && state.InSynset)
            {
                state.AddSynsetMember(content[1..], number);
            }
            else
            {
                state.AddVerb(content, number);
            }
        }

        return state.Finish();
    }

    private sealed class State(DiagnosticSink sink)
    {
        private readonly Dictionary<string, Synset> _synsets = new(StringComparer.Ordinal);
        private readonly List<VerbBlock> _blocks = [];
        private readonly List<VerbTransformation> _transformations = [];
        private string? _synsetName;
        private bool _synsetPlurals;
        private int _synsetLine;
        private List<PatternElement> _synsetMembers = [];
        private string? _blockName;
        private PatternCode _blockCode = PatternCode.Null;
        private int _blockLine;
        private List<VerbEntry> _verbs = [];
        private List<VerbPattern> _patterns = [];

        public bool InSynset => _synsetName is not null;

        public void StartSynset(string content, int number)
        {
            FinishSynset();
            FinishBlock();
            var label = content[1..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            _synsetPlurals = !label.EndsWith('_');
            var name = label.TrimEnd('_').ToUpperInvariant();
            if (name.Length == 0)
            {
                sink.Warning(number, "synonym set with no name; ignored");
                return;
            }

            if (_synsets.ContainsKey(name))
            {
                sink.Warning(number, $"synonym set &{name} is defined again; the new members replace the old");
            }

            _synsetName = name;
            _synsetLine = number;
            _synsetMembers = [];
        }

        public void AddSynsetMember(string text, int number)
        {
            var trimmed = text.Trim();
            var parsed = new VerbPatternParser(number, sink, _synsets).ParseSequence(trimmed);
            if (parsed is null)
            {
                return;
            }

            if (parsed.Count == 0)
            {
                sink.Warning(number, "empty synonym set member; ignored");
                return;
            }

            if (parsed.Any(e => e is MarkerElement))
            {
                sink.Warning(number, "synonym set members cannot hold $, +, % or ^; ignored");
                return;
            }

            // A member's words are consecutive whether blanks or underscores join them ("+SWISS FRANCS").
            var member = parsed.Count == 1 ? parsed[0]
                : parsed.All(e => e is WordElement) ? new WordElement([.. parsed.Cast<WordElement>().SelectMany(w => w.Words)])
                : new NounPhraseElement(parsed);
            _synsetMembers.Add(member);
            if (_synsetPlurals && !trimmed.EndsWith('_') && member is WordElement word)
            {
                _synsetMembers.Add(new WordElement([.. word.Words.Take(word.Words.Count - 1), EnglishPlural.Of(word.Words[^1])]));
            }
        }

        public void StartBlock(string content, int number)
        {
            FinishSynset();
            FinishBlock();
            var inner = content.Trim('-', ' ', '\t');
            var open = inner.IndexOf('[', StringComparison.Ordinal);
            var name = (open < 0 ? inner : inner[..open]).Trim();
            _blockCode = PatternCode.Null;
            if (open >= 0)
            {
                var close = inner.IndexOf(']', open);
                _blockCode = close < 0 ? PatternCode.Null : ParseCode(inner[(open + 1)..close], number) ?? PatternCode.Null;
            }

            _blockName = name.Length == 0 ? $"(block at line {number})" : name.ToUpperInvariant();
            _blockLine = number;
            _verbs = [];
            _patterns = [];
        }

        public void AddVerb(string content, int number)
        {
            if (_blockName is null)
            {
                sink.Warning(number, $"'{content}' is outside any '--- NAME ---' block or synonym set; ignored");
                return;
            }

            var brace = content.IndexOf('{', StringComparison.Ordinal);
            var bracket = content.IndexOf('[', StringComparison.Ordinal);
            var headEnd = new[] { brace, bracket, content.Length }.Where(i => i >= 0).Min();
            var baseForm = ParseForm(content[..headEnd].Trim(), number);
            if (baseForm is null)
            {
                return;
            }

            PatternCode? code = null;
            if (bracket >= 0)
            {
                var close = content.IndexOf(']', bracket);
                code = close < 0 ? null : ParseCode(content[(bracket + 1)..close], number);
            }

            List<VerbForm> forms = [];
            if (brace >= 0)
            {
                var close = content.IndexOf('}', brace);
                if (close < 0)
                {
                    sink.Warning(number, "'{' without '}' in verb forms; regular forms used");
                    brace = -1;
                }
                else
                {
                    foreach (var formText in content[(brace + 1)..close].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                    {
                        var form = ParseForm(formText, number);
                        if (form is not null)
                        {
                            forms.Add(form);
                        }
                    }
                }
            }

            if (brace < 0)
            {
                forms.AddRange(RegularVerbForms.Of(baseForm.Head).Select(h => baseForm with { Words = baseForm.Words.Select((w, i) => i == baseForm.HeadIndex ? h : w).ToArray() }));
            }

            _verbs.Add(new VerbEntry(baseForm, forms, code, new SourceLocation(sink.File, number)));
        }

        public void AddPattern(string text, int number)
        {
            if (_blockName is null)
            {
                sink.Warning(number, "pattern outside any '--- NAME ---' block; ignored");
                return;
            }

            var open = text.LastIndexOf('[');
            var close = open < 0 ? -1 : text.IndexOf(']', open);
            if (open < 0 || close < 0)
            {
                sink.Warning(number, "pattern without a [code]; ignored");
                return;
            }

            var code = ParseCode(text[(open + 1)..close], number);
            if (code is null)
            {
                return;
            }

            var parts = new VerbPatternParser(number, sink, _synsets).ParsePattern(text[..open]);
            if (parts is null)
            {
                return;
            }

            _patterns.Add(new VerbPattern(_blockName, parts.Value.Before, parts.Value.After, code, new SourceLocation(sink.File, number)));
        }

        public void AddTransformation(string text, int number)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                sink.Warning(number, "transformation '~' without '='; ignored");
                return;
            }

            _transformations.Add(new VerbTransformation(text[..equals].Trim(), text[(equals + 1)..].Trim(), new SourceLocation(sink.File, number)));
        }

        public PetrarchVerbSet Finish()
        {
            FinishSynset();
            FinishBlock();
            return new PetrarchVerbSet(_synsets, _blocks, _transformations);
        }

        private VerbForm? ParseForm(string text, int number)
        {
            var words = text.Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                sink.Warning(number, "verb with no words; ignored");
                return null;
            }

            var head = Array.FindIndex(words, w => w.StartsWith('+'));
            if (head < 0)
            {
                if (words.Length > 1)
                {
                    sink.Warning(number, $"multi-word verb '{text}' does not mark its verb with '+'; the first word is taken");
                }

                head = 0;
            }

            return new VerbForm(words.Select(w => w.TrimStart('+').ToUpperInvariant()).ToArray(), head);
        }

        private PatternCode? ParseCode(string text, int number)
        {
            var trimmed = text.Trim();
            if (trimmed == PetrarchCodes.Null)
            {
                return PatternCode.Null;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            var forward = colon < 0 ? trimmed : trimmed[..colon].Trim();
            var reverse = colon < 0 ? null : trimmed[(colon + 1)..].Trim();
            if (!IsEventCode(forward, allowEmpty: colon >= 0) || (reverse is not null && !IsEventCode(reverse, allowEmpty: false)))
            {
                sink.Warning(number, $"event code '[{trimmed}]' is not CAMEO digits (or PAIR:PAIR); ignored");
                return null;
            }

            return new PatternCode(forward.Length == 0 || forward == PetrarchCodes.Null ? null : forward, reverse == PetrarchCodes.Null ? null : reverse);
        }

        private static bool IsEventCode(string code, bool allowEmpty) =>
            (allowEmpty && code.Length == 0) || code == PetrarchCodes.Null || (code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit));

        private void FinishSynset()
        {
            if (_synsetName is null)
            {
                return;
            }

            if (_synsetMembers.Count == 0)
            {
                sink.Warning(_synsetLine, $"synonym set &{_synsetName} has no members");
            }

            _synsets[_synsetName] = new Synset(_synsetName, _synsetMembers, new SourceLocation(sink.File, _synsetLine));
            _synsetName = null;
        }

        private void FinishBlock()
        {
            if (_blockName is null)
            {
                return;
            }

            if (_verbs.Count == 0)
            {
                sink.Warning(_blockLine, $"verb block {_blockName} has no verbs; its patterns are kept but can never match");
            }

            _blocks.Add(new VerbBlock(_blockName, _blockCode, _verbs, _patterns, new SourceLocation(sink.File, _blockLine)));
            _blockName = null;
        }
    }
}
