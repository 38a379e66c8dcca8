using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Text.Tokens;

namespace Dyad.Text.Sentences;

/// <summary>
/// Groups the tokens of one paragraph into sentences. A sentence ends at a full stop, question or exclamation
/// mark or ellipsis (with the closing quotes and brackets after it) when the next token can start a sentence;
/// after an abbreviation only when a typical sentence opener follows; never after a title or an initial. The end
/// of the paragraph always ends a sentence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Words that start sentences far more often than they follow "U.S." or "Inc." inside one.</summary>
    private static readonly FrozenSet<string> Openers = FrozenSet.Create(
        StringComparer.Ordinal,
        "A", "After", "All", "Also", "An", "And", "As", "At", "But", "By", "For", "He", "Her", "His", "However", "I",
        "If", "In", "It", "Its", "Meanwhile", "Most", "No", "On", "One", "Other", "She", "Some",
        "That", "The", "Their", "There", "These", "They", "This", "Those", "Under", "We", "What", "When", "While",
        "Yet", "You");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends the sentences made of <c>tokens[first..]</c> (one paragraph) to <paramref name="sentences"/>.</summary>
    public static void Split(string text, ImmutableArray<Token>.Builder tokens, int first, ImmutableArray<Sentence>.Builder sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var count = tokens.Count;
        var start = first;
        for (var i = first; i < count; i++)
        {
            var token = tokens[i];
            var ending = EndKind(text, token);
            if (ending == Ending.None)
            {
                continue;
            }

            var last = i;
            while (last + 1 < count && IsClosing(text, tokens[last], tokens[last + 1]))
            {
                last++;
            }

            if (last + 1 < count && StartsSentence(text, tokens[last + 1], ending, closed: last > i))
            {
                sentences.Add(Make(tokens, start, last));
                start = last + 1;
            }

            i = last;
        }

        if (start < count)
        {
            sentences.Add(Make(tokens, start, count - 1));
        }
    }

    private enum Ending
    {
        None,
        Stop,
        Ellipsis,
        Abbreviation,
    }

    private static Sentence Make(ImmutableArray<Token>.Builder tokens, int first, int last) =>
        new(tokens[first].Start, tokens[last].End, first, last - first + 1);

    private static Ending EndKind(string text, Token token)
    {
        var span = token.Slice(text);
        var lastChar = span[^1];
        if (span is "…" || (span.Length >= 2 && !span.ContainsAnyExcept('.')))
        {
            return Ending.Ellipsis;
        }

        if (lastChar is '!' or '?' || (lastChar == '.' && (span.Length == 1 || span.ContainsAny('!', '?'))))
        {
            return Ending.Stop;
        }

        if (lastChar != '.' || span.Length < 2)
        {
            return Ending.None;
        }

        var word = span[..^1];
        var initial = word.Length == 1 && char.IsUpper(word[0]);
        return initial || Abbreviations.PrecedesName(word) ? Ending.None : Ending.Abbreviation;
    }

    /// <summary>A closing quote or bracket right after the end mark belongs to the sentence it ends.</summary>
    private static bool IsClosing(string text, Token previous, Token next)
    {
        if (next.Length != 1)
        {
            return false;
        }

        var c = text[next.Start];
        var attached = next.Start == previous.End;
        return c switch
        {
            ')' or ']' or '}' or '”' or '’' or '»' => true,
            '"' or '\'' or '“' or '‘' => attached,
            _ => false,
        };
    }

    /// <summary>
    /// Whether <paramref name="next"/> opens a new sentence. After a bare full stop, question or exclamation mark
    /// even a lower-case word does (informal text drops capitals; edited text has no lower-case word there),
    /// except after a closing quote ("Why?" he asked).
    /// </summary>
    private static bool StartsSentence(string text, Token next, Ending ending, bool closed)
    {
        var span = next.Slice(text);
        var c = span[0];
        if (ending == Ending.Abbreviation)
        {
            return OpenerLookup.Contains(span);
        }

        if (ending == Ending.Stop && !closed && char.IsLower(c))
        {
            return true;
        }

        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '*' or '•';
    }
}
