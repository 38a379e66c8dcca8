using Dyad.Core.Stories;

namespace Dyad.Mentions.Quotes;

/// <summary>
/// Finds the wire-story attribution at the end of a sentence, without quotation marks: "China and Kazakhstan signed
/// an agreement on Wednesday, the Chinese Ministry of Commerce said." or "…, said the ministry." The reported words
/// are the sentence up to its last comma; the speaker is at most <see cref="MaxSpeaker"/> words before or after the
/// verb of saying, and no punctuation comes between them.
/// </summary>
internal static class TrailingSaid
{
    private const int MaxSpeaker = 8;

    public static IEnumerable<QuoteCandidate> Find(Story story)
    {
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            var sentence = story.Sentences[s];
            var end = sentence.FirstToken + sentence.TokenCount;
            while (end > sentence.FirstToken && StoryTokens.IsPunctuation(StoryTokens.Word(story, end - 1)))
            {
                end--;
            }

            var comma = end - 1;
            while (comma > sentence.FirstToken && StoryTokens.Word(story, comma) != ",")
            {
                comma--;
            }

            if (comma <= sentence.FirstToken || Speaker(story, comma + 1, end) is not { } speaker)
            {
                continue;
            }

            var last = comma - 1;
            while (last > sentence.FirstToken && StoryTokens.IsPunctuation(StoryTokens.Word(story, last)))
            {
                last--;
            }

            yield return new QuoteCandidate(story.Tokens[sentence.FirstToken].Start, story.Tokens[last].End, s, QuoteKind.Indirect, speaker.First, speaker.End);
        }
    }

    /// <summary>The speaker in the tokens [first, end) after the last comma: "the ministry said", "said the ministry".</summary>
    private static (int First, int End)? Speaker(Story story, int first, int end)
    {
        if (first >= end || end - first > MaxSpeaker + 1 || Enumerable.Range(first, end - first).Any(t => StoryTokens.IsPunctuation(StoryTokens.Word(story, t))))
        {
            return null;
        }

        if (SaidWords.IsSayingForm(StoryTokens.Word(story, first)))
        {
            return end > first + 1 ? (first + 1, end) : null;
        }

        return SaidWords.IsSayingForm(StoryTokens.Word(story, end - 1)) && end - 1 > first ? (first, end - 1) : null;
    }
}
