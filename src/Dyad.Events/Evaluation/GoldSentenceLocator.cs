using System.Collections.Immutable;
using Dyad.Core.Stories;

namespace Dyad.Events.Evaluation;

/// <summary>
/// Finds a gold sentence in the coded story it was taken from, as an exact substring of <see cref="Story.Text"/>,
/// and keeps the story's events with evidence inside it: the events a whole-story run emits for that sentence (an
/// event merged from several sentences counts for each of them).
/// </summary>
public static class GoldSentenceLocator
{
    /// <summary>The events of <paramref name="story"/> triggered inside <paramref name="sentence"/>; null when the sentence is not in the text.</summary>
    public static ImmutableArray<CodedEvent>? EventsIn(Story story, string sentence)
    {
        var start = story.Text.IndexOf(sentence, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = start + sentence.Length;
        return [.. story.Events.Where(e => e.Evidence.Prepend(e.Trigger).Any(span => span.Start >= start && span.End <= end))];
    }
}
