using Dyad.Knowledge.Diagnostics;

namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>
/// Parses pattern text such as <c>&amp;MILITARY * (TO {SOUTHERN BORDER}) $</c> into elements. Reports problems as
/// warnings and returns null for a pattern that cannot be used.
/// </summary>
internal sealed class VerbPatternParser(int line, DiagnosticSink sink, IReadOnlyDictionary<string, Synset> synsets)
{
    private string _text = "";
    private int _position;

    /// <summary>Parses a whole pattern (with exactly one <c>*</c>) into the parts before and after the verb.</summary>
    public (IReadOnlyList<PatternElement> Before, IReadOnlyList<PatternElement> After)? ParsePattern(string text)
    {
        _text = SeparateGluedVerbMarker(text);
        _position = 0;
        var before = new List<PatternElement>();
        var after = new List<PatternElement>();
        var current = before;
        while (true)
        {
            SkipBlanks();
            if (_position >= _text.Length)
            {
                break;
            }

            if (_text[_position] == '*')
            {
                if (current == after)
                {
                    sink.Warning(line, $"pattern '{text.Trim()}' has more than one '*'; ignored");
                    return null;
                }

                current = after;
                _position++;
                continue;
            }

            var element = ParseElement();
            if (element is null)
            {
                return null;
            }

            current.Add(element);
        }

        if (current != after)
        {
            sink.Warning(line, $"pattern '{text.Trim()}' has no '*' for the verb; ignored");
            return null;
        }

        return (before, after);
    }

    /// <summary>Parses one synset member: a phrase, a nested synset or a prepositional phrase.</summary>
    public IReadOnlyList<PatternElement>? ParseSequence(string text)
    {
        _text = text;
        _position = 0;
        var elements = new List<PatternElement>();
        while (true)
        {
            SkipBlanks();
            if (_position >= _text.Length)
            {
                return elements;
            }

            var element = ParseElement();
            if (element is null)
            {
                return null;
            }

            elements.Add(element);
        }
    }

    private string SeparateGluedVerbMarker(string text)
    {
        var star = text.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return text;
        }

        var gluedBefore = star > 0 && !IsBlank(text[star - 1]) && text[star - 1] is not '(' and not '{';
        var gluedAfter = star + 1 < text.Length && !IsBlank(text[star + 1]);
        if (!gluedBefore && !gluedAfter)
        {
            return text;
        }

        sink.Warning(line, $"'*' is joined to a word in '{text.Trim()}'; read as a separate '*'");
        var left = text[..star].TrimEnd('_');
        var right = text[(star + 1)..].TrimStart('_');
        return left + " * " + right;
    }

    private PatternElement? ParseElement()
    {
        var c = _text[_position];
        switch (c)
        {
            case '{':
                {
                    _position++;
                    var parts = ParseUntil('}');
                    if (parts is null)
                    {
                        return null;
                    }

                    if (parts.Count == 0)
                    {
                        sink.Warning(line, "empty noun phrase '{}' in a pattern; ignored");
                        return null;
                    }

                    return new NounPhraseElement(parts);
                }

            case '(':
                {
                    _position++;
                    var parts = ParseUntil(')');
                    if (parts is null)
                    {
                        return null;
                    }

                    if (parts.Count == 0 || parts[0] is MarkerElement or NounPhraseElement or PrepositionalElement)
                    {
                        sink.Warning(line, "prepositional phrase '(…)' does not start with a preposition; pattern ignored");
                        return null;
                    }

                    return new PrepositionalElement(parts[0], parts.Skip(1).ToArray());
                }

            case '}' or ')':
                sink.Warning(line, $"unbalanced '{c}' in pattern; ignored");
                return null;
            case '$' or '+' or '%' or '^' when _position + 1 >= _text.Length || IsBlank(_text[_position + 1]) || _text[_position + 1] is ')' or '}':
                _position++;
                return new MarkerElement(c switch
                {
                    '$' => PatternMarker.Source,
                    '+' => PatternMarker.Target,
                    '%' => PatternMarker.Compound,
                    _ => PatternMarker.Skip,
                });
            default:
                return ParseWordOrSynset();
        }
    }

    private List<PatternElement>? ParseUntil(char close)
    {
        var parts = new List<PatternElement>();
        while (true)
        {
            SkipBlanks();
            if (_position >= _text.Length)
            {
                sink.Warning(line, $"missing '{close}' in pattern; ignored");
                return null;
            }

            if (_text[_position] == close)
            {
                _position++;
                return parts;
            }

            if (_text[_position] == '*')
            {
                sink.Warning(line, "'*' inside a phrase of a pattern; ignored");
                return null;
            }

            var element = ParseElement();
            if (element is null)
            {
                return null;
            }

            parts.Add(element);
        }
    }

    private PatternElement? ParseWordOrSynset()
    {
        var start = _position;
        while (_position < _text.Length && !IsBlank(_text[_position]) && _text[_position] is not ('{' or '}' or '(' or ')' or '*'))
        {
            _position++;
        }

        var token = _text[start.._position];
        if (token.StartsWith('&'))
        {
            var name = token[1..].TrimEnd('_').ToUpperInvariant();
            if (!synsets.ContainsKey(name))
            {
                sink.Warning(line, $"synonym set &{name} is not defined above; the pattern is ignored");
                return null;
            }

            return new SynsetElement(name);
        }

        var words = token.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToArray();
        if (words.Length == 0 || words.Any(w => w.Contains('&', StringComparison.Ordinal) && w[0] != '&'))
        {
            sink.Warning(line, $"cannot read '{token}' in a pattern; ignored");
            return null;
        }

        if (words.Any(w => w[0] == '&'))
        {
            var parts = new List<PatternElement>();
            foreach (var word in words)
            {
                if (word[0] == '&')
                {
                    if (!synsets.ContainsKey(word[1..]))
                    {
                        sink.Warning(line, $"synonym set {word} is not defined above; the pattern is ignored");
                        return null;
                    }

                    parts.Add(new SynsetElement(word[1..]));
                }
                else
                {
                    parts.Add(new WordElement([word]));
                }
            }

            return new NounPhraseElement(parts);
        }

        return new WordElement(words);
    }

    private void SkipBlanks()
    {
        while (_position < _text.Length && IsBlank(_text[_position]))
        {
            _position++;
        }
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';
}
