using System.Collections.Immutable;
using Dyad.Core.Stories;

namespace Dyad.Text.Tokens;

/// <summary>
/// Splits text into tokens the way UD English does: punctuation apart, clitics apart ("do" "n't", "Putin" "'s",
/// "can" "not", "gon" "na"), abbreviations, initials, numbers, URLs and e-mail addresses whole. Tokens are
/// offsets into the text; nothing is copied. This file peels punctuation off whitespace-separated chunks;
/// <c>Tokenizer.Word.cs</c> splits what is left.
/// </summary>
public static partial class Tokenizer
{
    /// <summary>More closing punctuation than this on one chunk is left to the inner split.</summary>
    private const int MaxTrailing = 16;

    /// <summary>Appends the tokens of <c>text[start..end)</c> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, TextOptions options, ImmutableArray<Token>.Builder tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        var p = start;
        while (true)
        {
            while (p < end && char.IsWhiteSpace(text[p]))
            {
                p++;
            }

            if (p >= end)
            {
                return;
            }

            var chunkEnd = p + 1;
            while (chunkEnd < end && !char.IsWhiteSpace(text[chunkEnd]))
            {
                chunkEnd++;
            }

            SplitChunk(text, p, chunkEnd, options, tokens);
            p = chunkEnd;
        }
    }

    private static void SplitChunk(string text, int s, int e, TextOptions options, ImmutableArray<Token>.Builder tokens)
    {
        while (s < e)
        {
            var c = text[s];
            if (c == '[' && text.AsSpan(s, e - s).StartsWith("[...]", StringComparison.Ordinal))
            {
                tokens.Add(new Token(s, s + 5));
                s += 5;
                continue;
            }

            var emoticon = EmoticonLength(text.AsSpan(s, e - s));
            var run = emoticon > 0 ? s + emoticon : PunctuationRunEnd(text, s, e);
            if (run - s >= 2)
            {
                tokens.Add(new Token(s, run));
                s = run;
                continue;
            }

            if (!IsLeadingPunctuation(text, s, e))
            {
                break;
            }

            tokens.Add(new Token(s, s + 1));
            s++;
        }

        if (s >= e)
        {
            return;
        }

        var url = IsUrlOrEmail(text.AsSpan(s, e - s));
        Span<Token> trailing = stackalloc Token[MaxTrailing];
        var count = 0;
        while (e > s && count < MaxTrailing)
        {
            var c = text[e - 1];
            var run = PunctuationRunStart(text, s, e);
            if (e - run >= 2)
            {
                trailing[count++] = new Token(run, e);
                e = run;
                continue;
            }

            if (c == '.' && !url && KeepsPeriod(text, s, e))
            {
                break;
            }

            // A word broken off with a hyphen keeps it ("pre- and post-war", "I re- I mean"); before a capital
            // or a quote the hyphen is a dash ("PS- Were you", "claim- 'legacy'").
            if (c == '-' && e - 2 >= s && char.IsLetter(text[e - 2]) && IsBrokenOff(text, e))
            {
                break;
            }

            if (c != '.' && !IsTrailingPunctuation(c))
            {
                break;
            }

            trailing[count++] = new Token(e - 1, e);
            e--;
        }

        if (e > s)
        {
            if (url)
            {
                tokens.Add(new Token(s, e));
            }
            else
            {
                SplitWord(text, s, e, options, tokens);
            }
        }

        for (var i = count - 1; i >= 0; i--)
        {
            tokens.Add(trailing[i]);
        }
    }

    /// <summary>
    /// The end of the punctuation token starting at <paramref name="s"/>: a run of end marks ("...", "?!") or of
    /// one other sign ("--", "***", "$$$") is one token; quotes and brackets are always single.
    /// </summary>
    private static int PunctuationRunEnd(string text, int s, int e)
    {
        var c = text[s];
        var run = s + 1;
        if (IsEndMark(c))
        {
            while (run < e && IsEndMark(text[run]))
            {
                run++;
            }
        }
        else if (IsRepeatable(c))
        {
            while (run < e && text[run] == c)
            {
                run++;
            }
        }

        return run;
    }

    /// <summary>The start of the punctuation run that ends at <paramref name="e"/>, as <see cref="PunctuationRunEnd"/> reads it.</summary>
    private static int PunctuationRunStart(string text, int s, int e)
    {
        var c = text[e - 1];
        var run = e - 1;
        if (IsEndMark(c))
        {
            while (run > s && IsEndMark(text[run - 1]))
            {
                run--;
            }
        }
        else if (IsRepeatable(c))
        {
            while (run > s && text[run - 1] == c)
            {
                run--;
            }
        }

        return run;
    }

    private static bool IsEndMark(char c) => c is '.' or '!' or '?';

    private static bool IsRepeatable(char c) =>
        !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c is not ('"' or '\'' or '`' or '(' or ')' or '[' or ']' or '{' or '}' or '“' or '”' or '‘' or '’');

    /// <summary>The length of an emoticon (":)", ";-)", ":-(") opening the chunk and not followed by a letter or digit, else 0.</summary>
    private static int EmoticonLength(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 2 || chunk[0] is not (':' or ';' or '='))
        {
            return 0;
        }

        var nose = chunk.Length >= 3 && chunk[1] is '-' or 'o' ? 1 : 0;
        var length = 2 + nose;
        if (length > chunk.Length || chunk[length - 1] is not (')' or '(' or 'D' or 'P' or 'p' or '/' or '|'))
        {
            return 0;
        }

        return length == chunk.Length || !char.IsLetterOrDigit(chunk[length]) ? length : 0;
    }

    /// <summary>Punctuation that opens a chunk and is a token of its own: quotes, brackets, dashes, currency signs.</summary>
    private static bool IsLeadingPunctuation(string text, int s, int e)
    {
        var c = text[s];
        if (char.IsLetterOrDigit(c) || c is '@' or '#' or '&')
        {
            return false;
        }

        if (IsApostrophe(c) && s + 1 < e)
        {
            // "'s" standing alone and "'90s" keep their apostrophe.
            var letters = s + 1;
            while (letters < e && char.IsAsciiLetter(text[letters]))
            {
                letters++;
            }

            return !char.IsAsciiDigit(text[s + 1]) && !IsClitic(text.AsSpan(s, letters - s));
        }

        return c != '-' || s + 1 >= e || !char.IsAsciiDigit(text[s + 1]);
    }

    /// <summary>Punctuation that closes a chunk and is a token of its own, full stops aside.</summary>
    private static bool IsTrailingPunctuation(char c) =>
        !char.IsLetterOrDigit(c) && c is not ('#' or '@' or '&' or '/' or '+' or '_');

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`';

    /// <summary>
    /// Whether the full stop ending <c>text[s..e)</c> belongs to the word: an initial ("V."), letters with inner
    /// stops ("U.S.", "a.m.", "Ph.D."), or a known abbreviation.
    /// </summary>
    private static bool KeepsPeriod(string text, int s, int e)
    {
        var word = text.AsSpan(s, e - 1 - s);
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1)
        {
            return char.IsUpper(word[0]) || (word[0] is 'p' or 'c' && NumberFollows(text, e));
        }

        return IsDottedLetters(word) || Abbreviations.Keeps(word, NumberFollows(text, e));
    }

    /// <summary>"U.S", "a.m", "Ph.D": letter groups of at most three, joined by full stops.</summary>
    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        var group = 0;
        var stops = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (group == 0)
                {
                    return false;
                }

                stops++;
                group = 0;
            }
            else if (char.IsLetter(c) && group < 3)
            {
                group++;
            }
            else
            {
                return false;
            }
        }

        return stops > 0 && group > 0;
    }

    private static bool IsBrokenOff(string text, int e)
    {
        var p = e;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p == text.Length || char.IsLower(text[p]) || text[p] is '-' or '—' or '–' or '\n' or '\r';
    }

    private static bool NumberFollows(string text, int e)
    {
        var p = e;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p < text.Length && char.IsAsciiDigit(text[p]);
    }

    private static bool IsUrlOrEmail(ReadOnlySpan<char> chunk)
    {
        if (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = chunk.IndexOf('@');
        return at > 0 && char.IsLetterOrDigit(chunk[at - 1]) && chunk[(at + 1)..].TrimEnd(".,;:!?)\"'’”").Contains('.');
    }
}
