using System.Collections.Immutable;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Events.Coding;

/// <summary>
/// A discard list: phrases (sports, history) that mark a sentence, or with <c>+</c> a whole story, as not to be
/// coded. A phrase matches at the start of a word, without regard to case; its last word is a stem unless the
/// entry asks for the whole word.
/// </summary>
public sealed class DiscardPhrases
{
    private readonly ImmutableArray<PetrarchDiscardEntry> _entries;

    public DiscardPhrases(IEnumerable<PetrarchDiscardEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
    }

    public static DiscardPhrases Empty { get; } = new([]);

    public bool IsEmpty => _entries.IsEmpty;

    /// <summary>Whether <paramref name="sentence"/> holds a phrase that discards the whole story.</summary>
    public bool DiscardsStory(string sentence) => _entries.Any(e => e.WholeStory && Contains(sentence, e));

    /// <summary>Whether <paramref name="sentence"/> holds a phrase that discards this sentence.</summary>
    public bool DiscardsSentence(string sentence) => _entries.Any(e => !e.WholeStory && Contains(sentence, e));

    private static bool Contains(string sentence, PetrarchDiscardEntry entry)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var text = " " + string.Join(' ', words);
        var phrase = " " + entry.Phrase;
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if (!entry.WholeWord || end == text.Length || !char.IsLetterOrDigit(text[end]))
            {
                return true;
            }
        }

        return false;
    }
}
