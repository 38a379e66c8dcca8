using Dyad.Core.Stories;
using Dyad.Knowledge.Index;
using Dyad.Text.Dates;

namespace Dyad.Mentions.Agreements;

/// <summary>
/// Finds the titles of agreements in a sentence. A capitalised agreement noun ("Agreement", "Treaty", "Convention",
/// "Memorandum", "Protocol", "Accord(s)", "Charter", "Pact") takes the capitalised words before it ("Biological
/// Weapons Convention") and, after it, capitalised words joined by small words, commas and brackets ("on the
/// Prohibition of the Development, Production … (Biological) and Toxin Weapons and on Their Destruction"). A
/// lower-case "memorandum", "agreement" or "treaty" counts only when "of understanding" or "between" follows, and
/// then runs to the end of its phrase (punctuation, a verb-like word, a date expression, or an "and" that does not
/// add a party). A title stops before "of" and a date ("of September 20, 2012"), which gives
/// the agreement's date.
/// </summary>
internal static class AgreementTitles
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "treaty", "convention", "memorandum", "protocol", "accord", "accords", "charter", "pact",
    };

    private static readonly HashSet<string> LowerCaseNouns = new(StringComparer.Ordinal) { "memorandum", "agreement", "treaty" };

    /// <summary>Words that may join the capitalised words of a title.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "of", "on", "the", "and", "between", "for", "in", "to", "with", "concerning", "regarding", "(", ")", ",", "-", "'s", "’s", "a",
    };

    /// <summary>Words that end a lower-case title's phrase.</summary>
    private static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "was", "were", "is", "are", "will", "would", "has", "have", "had", "signed", "to",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "this", "that", "its", "their" };

    /// <summary>The titles in sentence <paramref name="s"/>: story-wide tokens [First, End) and the date the text gives, if any.</summary>
    public static IEnumerable<(int First, int End, DateOnly? Date)> Find(Story story, int s, DateOnly storyDate)
    {
        var sentence = story.Sentences[s];
        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        var t = sentence.FirstToken;
        while (t < sentenceEnd)
        {
            var word = StoryTokens.Word(story, t);
            var folded = TextFold.Fold(word);
            (int First, int End, DateOnly? Date)? found = null;
            if (Nouns.Contains(folded) && char.IsUpper(word[0]))
            {
                found = Capitalised(story, sentence, t, storyDate);
            }
            else if (LowerCaseNouns.Contains(folded) && t + 1 < sentenceEnd && IsLowerCaseTitleStart(story, t + 1, sentenceEnd))
            {
                found = LowerCase(story, sentence, t, storyDate);
            }

            if (found is { } title)
            {
                yield return title;
                t = Math.Max(title.End, t + 1);
            }
            else
            {
                t++;
            }
        }
    }

    private static bool IsLowerCaseTitleStart(Story story, int t, int end) =>
        TextFold.Fold(StoryTokens.Word(story, t)) switch
        {
            "between" => true,
            "of" => t + 1 < end && TextFold.Fold(StoryTokens.Word(story, t + 1)) == "understanding",
            _ => false,
        };

    private static (int First, int End, DateOnly? Date) Capitalised(Story story, Sentence sentence, int noun, DateOnly storyDate)
    {
        var first = noun;
        while (first > sentence.FirstToken && IsTitleWord(story, first - 1, storyDate) && !Determiners.Contains(TextFold.Fold(StoryTokens.Word(story, first - 1))))
        {
            first--;
        }

        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        var end = noun + 1;
        var p = end;
        DateOnly? date = null;
        while (p < sentenceEnd)
        {
            if (DateAfterOf(story, sentence, p, storyDate) is { } day)
            {
                date = day;
                break;
            }

            var word = StoryTokens.Word(story, p);
            if (IsTitleWord(story, p, storyDate))
            {
                end = p + 1;
            }
            else if (word == ")" && end == p)
            {
                end = p + 1;
            }
            else if (!Joiners.Contains(TextFold.Fold(word)))
            {
                break;
            }

            p++;
        }

        return (first, end, date);
    }

    private static (int First, int End, DateOnly? Date) LowerCase(Story story, Sentence sentence, int noun, DateOnly storyDate)
    {
        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        var end = noun + 1;
        DateOnly? date = null;
        while (end < sentenceEnd)
        {
            if (DateAfterOf(story, sentence, end, storyDate) is { } day)
            {
                date = day;
                break;
            }

            var word = StoryTokens.Word(story, end);
            if (IsDateWord(story, end, storyDate)
                || (StoryTokens.IsPunctuation(word) && word is not ("-" or "(" or ")")) || PhraseStops.Contains(TextFold.Fold(word))
                || (TextFold.Fold(word) == "and" && !JoinsAnotherParty(story, end + 1, sentenceEnd)))
            {
                break;
            }

            end++;
        }

        return (noun, end, date);
    }

    /// <summary>"and" before "the" or a capitalised word joins another party ("between the cabinet of X and the cabinet of Y"); before anything else it ends the phrase.</summary>
    private static bool JoinsAnotherParty(Story story, int next, int end) =>
        next < end && (char.IsUpper(StoryTokens.Word(story, next)[0]) || TextFold.Fold(StoryTokens.Word(story, next)) == "the");

    /// <summary>A capitalised word that is not a date word ("Monday", "May").</summary>
    private static bool IsTitleWord(Story story, int t, DateOnly storyDate)
    {
        var token = story.Tokens[t];
        var word = token.ToString(story.Text);
        return (char.IsUpper(word[0]) || (word[0] == '(' && word.Length > 1)) && !IsDateWord(story, t, storyDate);
    }

    /// <summary>Whether a date expression starts at token <paramref name="t"/> ("May", "next month", "on Monday").</summary>
    private static bool IsDateWord(Story story, int t, DateOnly storyDate)
    {
        var token = story.Tokens[t];
        var found = DateExpressionFinder.Find(story.Text, token.Start, Math.Min(story.Text.Length, token.End + 40), storyDate);
        return found.Count > 0 && found[0].Span.Start == token.Start;
    }

    /// <summary>The date of "of September 20, 2012" when token <paramref name="t"/> is that "of".</summary>
    private static DateOnly? DateAfterOf(Story story, Sentence sentence, int t, DateOnly storyDate)
    {
        if (TextFold.Fold(StoryTokens.Word(story, t)) != "of" || t + 1 >= sentence.FirstToken + sentence.TokenCount)
        {
            return null;
        }

        var next = story.Tokens[t + 1].Start;
        var found = DateExpressionFinder.Find(story.Text, next, sentence.End, storyDate);
        var mention = found.Count > 0 ? found[0] : null;
        return mention is not null && mention.Span.Start == next && mention.Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Year
            ? mention.First
            : null;
    }
}
