using Dyad.Knowledge.Petrarch;

namespace Dyad.Events.Coding;

/// <summary>
/// The PETRARCH discard phrases: a sentence whose words hold one is not coded (sports results, weather, historical
/// chronologies), nor is any sentence of its story when the phrase is a story-level one. Words match without
/// regard to case; a phrase's last word is a stem unless the entry asks for the whole word.
/// </summary>
public sealed class DiscardList
{
    private readonly List<(string[] Words, bool WholeStory, bool WholeWord, string Origin)> _phrases;

    public DiscardList(IEnumerable<PetrarchDiscardEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _phrases = [.. entries.Select(e => (e.Phrase.Split(' ').Select(w => w.ToLowerInvariant()).ToArray(), e.WholeStory, e.WholeWord, e.Source.ToString()))];
    }

    public static DiscardList None { get; } = new([]);

    public bool IsEmpty => _phrases.Count == 0;

    /// <summary>
    /// The first discard phrase in <paramref name="words"/> (lower-cased), story-level ones alone when
    /// <paramref name="storyLevelOnly"/>: the word it starts at, its length in words and its file:line; null when none.
    /// </summary>
    public (int Start, int Length, string Origin)? Find(IReadOnlyList<string> words, bool storyLevelOnly)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var (phrase, wholeStory, wholeWord, origin) in _phrases)
        {
            if (storyLevelOnly && !wholeStory)
            {
                continue;
            }

            for (var start = 0; start + phrase.Length <= words.Count; start++)
            {
                if (Matches(phrase, wholeWord, words, start))
                {
                    return (start, phrase.Length, origin);
                }
            }
        }

        return null;
    }

    private static bool Matches(string[] phrase, bool wholeWord, IReadOnlyList<string> words, int start)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            var word = words[start + k];
            var isStem = k == phrase.Length - 1 && !wholeWord;
            if (isStem ? !word.StartsWith(phrase[k], StringComparison.Ordinal) : word != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
