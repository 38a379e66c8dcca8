using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Core.Stories;

namespace Dyad.Text.Tokens;

public static partial class Tokenizer
{
    /// <summary>The longest digits-and-hyphens word kept whole as a phone number ("1-800-991-9019").</summary>
    private const int MaxPhoneLength = 20;

    /// <summary>Prefixes UD English keeps joined to their word by a hyphen ("co-founder", "non-Muslim").</summary>
    private static readonly FrozenSet<string> HyphenPrefixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "anti", "co", "counter", "cross", "e", "ex", "inter", "mid", "mini", "multi", "non", "over", "pan", "post", "pre",
        "pro", "re", "semi", "socio", "sub", "super", "ultra");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixLookup =
        HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words UD English writes as two, with the length of the first: "cannot" is "can" "not", "gonna" is "gon"
    /// "na", and contractions typed without their apostrophe split like those with it ("dont" is "do" "nt").
    /// </summary>
    private static readonly FrozenDictionary<string, int> SplitWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["arent"] = 3,
        ["cannot"] = 3,
        ["couldnt"] = 5,
        ["didnt"] = 3,
        ["doesnt"] = 4,
        ["dont"] = 2,
        ["gonna"] = 3,
        ["gotta"] = 3,
        ["hasnt"] = 3,
        ["havent"] = 4,
        ["im"] = 1,
        ["isnt"] = 2,
        ["ive"] = 1,
        ["shouldnt"] = 6,
        ["thats"] = 4,
        ["wanna"] = 3,
        ["wasnt"] = 3,
        ["werent"] = 4,
        ["wouldnt"] = 5,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> SplitWordLookup =
        SplitWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Splits a chunk stripped of its outer punctuation: clitics, then inner punctuation and hyphens.</summary>
    private static void SplitWord(string text, int s, int e, TextOptions options, ImmutableArray<Token>.Builder tokens)
    {
        if (e - s is >= 2 and <= 8 && SplitWordLookup.TryGetValue(text.AsSpan(s, e - s), out var at))
        {
            tokens.Add(new Token(s, s + at));
            tokens.Add(new Token(s + at, e));
            return;
        }

        var clitic = ContractionStart(text, s, e);
        SplitInside(text, s, clitic, options, tokens);
        if (clitic < e)
        {
            tokens.Add(new Token(clitic, e));
        }
    }

    /// <summary>Where a clitic ("n't", "'s", "'ll", …) ending <c>text[s..e)</c> starts, or <paramref name="e"/>.</summary>
    private static int ContractionStart(string text, int s, int e)
    {
        if (e - s >= 4 && IsClitic(text.AsSpan(e - 3, 3)) && char.IsLetter(text[e - 4]))
        {
            return e - 3;
        }

        if (e - s >= 3 && IsClitic(text.AsSpan(e - 2, 2)) && char.IsLetter(text[e - 3]))
        {
            return e - 2;
        }

        return e;
    }

    /// <summary>"n't", "'s", "'m", "'d", "'ll", "'re", "'ve", with either apostrophe, in any case.</summary>
    private static bool IsClitic(ReadOnlySpan<char> s)
    {
        if (s.Length == 2)
        {
            return IsApostrophe(s[0]) && (s[1] | 0x20) is 's' or 'm' or 'd';
        }

        if (s.Length != 3)
        {
            return false;
        }

        if ((s[0] | 0x20) == 'n')
        {
            return IsApostrophe(s[1]) && (s[2] | 0x20) == 't';
        }

        if (!IsApostrophe(s[0]))
        {
            return false;
        }

        var a = (char)(s[1] | 0x20);
        var b = (char)(s[2] | 0x20);
        return (a, b) is ('l', 'l') or ('r', 'e') or ('v', 'e');
    }

    /// <summary>
    /// Splits at inner punctuation, keeping numbers ("3.5", "1,000", "9/11", "5:30"), dotted abbreviations,
    /// names with apostrophes ("O'Brien") and the hyphens UD keeps.
    /// </summary>
    private static void SplitInside(string text, int s, int e, TextOptions options, ImmutableArray<Token>.Builder tokens)
    {
        var start = s;
        for (var i = s; i < e; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                continue;
            }

            var before = i > start ? text[i - 1] : ' ';
            var after = i + 1 < e ? text[i + 1] : ' ';
            var between = char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after);
            var betweenDigits = char.IsAsciiDigit(before) && char.IsAsciiDigit(after);
            var keep = c switch
            {
                // A final full stop reaching this point is one the chunk split already gave to the word ("Mr.").
                '.' => between || (i == e - 1 && char.IsLetter(before)),
                '\'' or '’' or '&' or '_' => between,
                '#' or '@' => i == start && char.IsLetter(after),
                ',' or ':' => betweenDigits,
                '/' => betweenDigits || IsBetweenSingleLetters(text, start, i, e),
                '-' => (i == start && char.IsAsciiDigit(after)) || (i == e - 1 && char.IsLetter(before))
                    || (between && !SplitsHyphen(text, start, i, e, options)),
                _ => false,
            };
            if (keep)
            {
                continue;
            }

            if (i > start)
            {
                tokens.Add(new Token(start, i));
            }

            var run = PunctuationRunEnd(text, i, e);
            tokens.Add(new Token(i, run));
            start = run;
            i = run - 1;
        }

        if (start < e)
        {
            tokens.Add(new Token(start, e));
        }
    }

    /// <summary>
    /// Whether the hyphen at <paramref name="hyphen"/> inside the word <c>text[start..e)</c> separates tokens:
    /// yes for compounds ("all-girl", "14-year-old"), no after a prefix ("co-founder") and in phone numbers.
    /// </summary>
    private static bool SplitsHyphen(string text, int start, int hyphen, int e, TextOptions options)
    {
        if (!options.SplitHyphens)
        {
            return false;
        }

        var head = text.AsSpan(start, hyphen - start);
        if (!head.Contains('-') && (HyphenPrefixLookup.Contains(head) || IsSyllableName(head, text.AsSpan(hyphen + 1, e - hyphen - 1))))
        {
            return false;
        }

        if (IsPhoneGroup(text.AsSpan(start, hyphen - start), text.AsSpan(hyphen + 1, e - hyphen - 1)))
        {
            return false;
        }

        // Longer runs of digits and hyphens are not phone numbers, and scanning them again at every hyphen
        // would make one huge chunk quadratic.
        if (e - start > MaxPhoneLength)
        {
            return true;
        }

        var hyphens = 0;
        foreach (var c in text.AsSpan(start, e - start))
        {
            if (c == '-')
            {
                hyphens++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return hyphens < 2;
    }

    /// <summary>
    /// Romanised Chinese and Korean given names ("Chi-wai", "Hee-Chan", "Min-Woo") are one word in UD English:
    /// a capitalised syllable of two to four letters, a hyphen, and one of at most five letters.
    /// </summary>
    private static bool IsSyllableName(ReadOnlySpan<char> head, ReadOnlySpan<char> rest)
    {
        if (head.Length is < 2 or > 4 || !char.IsAsciiLetterUpper(head[0]) || head is "Al" or "El")
        {
            return false;
        }

        foreach (var c in head[1..])
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        var tail = 0;
        while (tail < rest.Length && char.IsAsciiLetter(rest[tail]))
        {
            tail++;
        }

        return tail is >= 2 and <= 5 && (tail == rest.Length || !char.IsLetterOrDigit(rest[tail]));
    }

    /// <summary>"853-3242", "3-5213": a phone number or extension, not a range like "1969-1970" or "3-4".</summary>
    private static bool IsPhoneGroup(ReadOnlySpan<char> head, ReadOnlySpan<char> rest) =>
        head.Length != 4 && rest.Length == 4 && !head.ContainsAnyExceptInRange('0', '9') && !rest.ContainsAnyExceptInRange('0', '9');

    /// <summary>"b/c", "w/o", "L/C": a slash between two single letters is part of one word (unlike "and/or").</summary>
    private static bool IsBetweenSingleLetters(string text, int start, int slash, int e) =>
        slash - 1 >= start && char.IsLetter(text[slash - 1]) && (slash - 1 == start || !char.IsLetter(text[slash - 2]))
        && slash + 1 < e && char.IsLetter(text[slash + 1]) && (slash + 2 == e || !char.IsLetter(text[slash + 2]));
}
