using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Quotes;

/// <summary>
/// Finds words in quotation marks within a paragraph and their speaker: after the closing mark ("…," the statement
/// said; "…," said the joint statement on …; "…," according to X) or before the opening one (X said: "…"). A
/// quotation with no such attribution is kept, without a speaker, only when it ends in punctuation inside the marks
/// as quoted sentences do; a scare-quoted word ("so-called "experts"") is not a quote.
/// </summary>
internal static class DirectQuotes
{
    /// <summary>Words after a saying verb that end the speaker's name: what follows is about the speaker, not part of it.</summary>
    private static readonly HashSet<string> SpeakerStops = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "after", "during", "following", "from", "who", "which", "that", "adopted", "published", "released",
        "issued", "signed", "by", "with", "to", "when", "as", "earlier", "later", "today", "yesterday",
    };

    public static IEnumerable<QuoteCandidate> Find(Story story)
    {
        foreach (var (open, close) in Pairs(story.Text))
        {
            var (start, end) = Content(story.Text, open + 1, close);
            var sentence = StoryTokens.SentenceAt(story, start);
            if (end <= start || sentence < 0)
            {
                continue;
            }

            var speaker = After(story, close) ?? Before(story, open);
            if (speaker is { } s)
            {
                yield return new QuoteCandidate(start, end, sentence, QuoteKind.Direct, s.First, s.End);
            }
            else if (".?!,".Contains(story.Text[close - 1], StringComparison.Ordinal))
            {
                yield return new QuoteCandidate(start, end, sentence, QuoteKind.Direct, 0, 0);
            }
        }
    }

    /// <summary>The positions of matching opening and closing quotation marks; a paragraph break drops an unclosed mark.</summary>
    internal static IEnumerable<(int Open, int Close)> Pairs(string text)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\n':
                    open = -1;
                    break;
                case '“' or '«':
                    open = i;
                    break;
                case '”' or '»' when open >= 0:
                    yield return (open, i);
                    open = -1;
                    break;
                case '"' when open < 0:
                    open = i;
                    break;
                case '"':
                    yield return (open, i);
                    open = -1;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The quoted words without surrounding spaces or the comma that hands over to the attribution.</summary>
    private static (int Start, int End) Content(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The speaker named after the closing mark, in the same sentence.</summary>
    private static (int First, int End)? After(Story story, int close)
    {
        var s = StoryTokens.SentenceAt(story, close);
        if (s < 0)
        {
            return null;
        }

        var sentence = story.Sentences[s];
        var last = sentence.FirstToken + sentence.TokenCount;
        var t = StoryTokens.FirstTokenFrom(story, sentence, close + 1);
        if (t < last && StoryTokens.Word(story, t) == ",")
        {
            t++;
        }

        if (t >= last)
        {
            return null;
        }

        if (SaidWords.IsSayingForm(StoryTokens.Word(story, t)))
        {
            var end = t + 1;
            while (end < last && !IsStop(StoryTokens.Word(story, end)))
            {
                end++;
            }

            return end > t + 1 ? (t + 1, end) : null;
        }

        if (t + 1 < last && TextFold.Fold(StoryTokens.Word(story, t)) == "according" && TextFold.Fold(StoryTokens.Word(story, t + 1)) == "to")
        {
            var end = t + 2;
            while (end < last && !IsStop(StoryTokens.Word(story, end)))
            {
                end++;
            }

            return end > t + 2 ? (t + 2, end) : null;
        }

        for (var verb = t + 1; verb < Math.Min(last, t + 8); verb++)
        {
            var word = StoryTokens.Word(story, verb);
            if (SaidWords.IsSayingForm(word))
            {
                return (t, verb);
            }

            if (StoryTokens.IsPunctuation(word))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The speaker of "X said: "…"" or "X said, "…"", in the clause before the opening mark.</summary>
    private static (int First, int End)? Before(Story story, int open)
    {
        var s = StoryTokens.SentenceAt(story, open);
        if (s < 0)
        {
            return null;
        }

        var sentence = story.Sentences[s];
        var mark = StoryTokens.FirstTokenFrom(story, sentence, open);
        if (mark - 2 < sentence.FirstToken || StoryTokens.Word(story, mark - 1) is not (":" or ","))
        {
            return null;
        }

        var verb = mark - 2;
        while (verb >= sentence.FirstToken && !SaidWords.IsSayingForm(StoryTokens.Word(story, verb)) && !StoryTokens.IsPunctuation(StoryTokens.Word(story, verb)))
        {
            verb--;
        }

        if (verb < sentence.FirstToken || !SaidWords.IsSayingForm(StoryTokens.Word(story, verb)))
        {
            return null;
        }

        var first = verb;
        while (first > sentence.FirstToken && !StoryTokens.IsPunctuation(StoryTokens.Word(story, first - 1)))
        {
            first--;
        }

        return verb > first ? (first, verb) : null;
    }

    private static bool IsStop(string word) => StoryTokens.IsPunctuation(word) || SpeakerStops.Contains(TextFold.Fold(word));
}
