using Dyad.Core.Stories;

namespace Dyad.Mentions;

/// <summary>Finding sentences and tokens of a story by character offset, and reading a token's text.</summary>
internal static class StoryTokens
{
    /// <summary>The index of the sentence holding character <paramref name="offset"/>, or -1.</summary>
    public static int SentenceAt(Story story, int offset)
    {
        int low = 0, high = story.Sentences.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = story.Sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>The story-wide index of the first token of <paramref name="sentence"/> that starts at or after <paramref name="offset"/>.</summary>
    public static int FirstTokenFrom(Story story, Sentence sentence, int offset)
    {
        var t = sentence.FirstToken;
        var end = sentence.FirstToken + sentence.TokenCount;
        while (t < end && story.Tokens[t].Start < offset)
        {
            t++;
        }

        return t;
    }

    public static string Word(Story story, int token) => story.Tokens[token].ToString(story.Text);

    /// <summary>The codes of the actor mentions overlapping [start, end), in text order.</summary>
    public static IEnumerable<Actor> ActorsIn(Story story, int start, int end) =>
        story.Actors.Where(a => a.Start < end && start < a.End);

    /// <summary>A token of punctuation or symbols only.</summary>
    public static bool IsPunctuation(string word) => word.All(c => char.IsPunctuation(c) || char.IsSymbol(c));
}
