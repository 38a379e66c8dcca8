using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Quotes;

/// <summary>
/// Finds "according to X": the speaker is the phrase after "to" up to punctuation, a relative word or a phrase
/// about the source ("according to a joint statement that was adopted …" → "a joint statement"); the words
/// reported are the rest of the sentence, before "according" or, when the sentence opens with it, after the comma
/// that closes the speaker.
/// </summary>
internal static class AccordingTo
{
    private static readonly HashSet<string> SpeakerStops = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "adopted", "published", "released", "issued", "signed", "on", "in", "at", "after",
        "following", "during", "by",
    };

    public static IEnumerable<QuoteCandidate> Find(Story story)
    {
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            var sentence = story.Sentences[s];
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var t = sentence.FirstToken; t + 2 < end; t++)
            {
                if (TextFold.Fold(StoryTokens.Word(story, t)) != "according" || TextFold.Fold(StoryTokens.Word(story, t + 1)) != "to")
                {
                    continue;
                }

                var speakerEnd = t + 2;
                while (speakerEnd < end && !StoryTokens.IsPunctuation(StoryTokens.Word(story, speakerEnd)) && !SpeakerStops.Contains(TextFold.Fold(StoryTokens.Word(story, speakerEnd))))
                {
                    speakerEnd++;
                }

                if (speakerEnd == t + 2)
                {
                    continue;
                }

                var (first, last) = t == sentence.FirstToken
                    ? (ClauseAfter(story, speakerEnd, end), end - 1)
                    : (sentence.FirstToken, t - 1);
                while (last > first && StoryTokens.IsPunctuation(StoryTokens.Word(story, last)))
                {
                    last--;
                }

                if (first <= last && first < end)
                {
                    yield return new QuoteCandidate(story.Tokens[first].Start, story.Tokens[last].End, s, QuoteKind.Indirect, t + 2, speakerEnd);
                }
            }
        }
    }

    /// <summary>The first token after the comma that ends an opening "According to X, …".</summary>
    private static int ClauseAfter(Story story, int t, int end)
    {
        while (t < end && StoryTokens.Word(story, t) != ",")
        {
            t++;
        }

        return t + 1;
    }
}
