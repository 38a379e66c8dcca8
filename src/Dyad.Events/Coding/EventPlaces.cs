using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// An event's place: a known place named in the predicate's own clause ("held talks in Moscow", "clashes in the
/// Donetsk region"), else the dateline's place. A place in a subordinate or relative clause does not count, nor one
/// nested in another phrase ("discussed the situation after the incident in Salisbury", "the memorandum on the
/// situation in Idlib"): that is where something else happened, or what the event is about. A place nested in an
/// occasion the event is part of is the event's ("met on the sidelines of the summit in Hamburg", "during his visit
/// to India, met"), unless the occasion is still to come ("discussed his upcoming visit to Russia").
/// </summary>
internal static class EventPlaces
{
    private static readonly HashSet<string> Occasions = new(StringComparer.Ordinal)
    {
        "summit", "meeting", "session", "visit", "trip", "tour", "talks", "negotiations", "consultations", "forum",
        "conference", "congress", "ceremony", "celebration", "parade", "exercise", "exercises", "games", "festival",
        "sideline", "sidelines",
    };

    /// <summary>Words that put an occasion in the future, so that its place is not yet the event's ("his upcoming visit to Russia").</summary>
    private static readonly HashSet<string> Prospective = new(StringComparer.Ordinal)
    {
        "upcoming", "forthcoming", "coming", "next", "future", "planned", "proposed", "expected",
    };

    public static EventPlace? Of(Story story, SentenceTree tree, int word)
    {
        var anchors = ClauseAnchors.Of(tree, word);
        foreach (var mention in story.Places)
        {
            if (mention.Sentence == tree.Index && mention.TokenStart < tree.Count && ClauseAnchors.Reach(tree, mention.TokenStart, anchors) && BelongsToEvent(tree, mention.TokenStart, anchors))
            {
                return new EventPlace(mention.Place, new TextSpan(mention.Start, mention.End), PlaceBasis.Text);
            }
        }

        return Dateline(story);
    }

    /// <summary>
    /// The dateline's place, or null: where an announced or planned event was announced, since the place it names is
    /// where it is to happen, not where it happened.
    /// </summary>
    public static EventPlace? Dateline(Story story) =>
        story.DatelinePlace is { } dateline ? new EventPlace(dateline, null, PlaceBasis.Dateline) : null;

    /// <summary>
    /// Whether the place's phrase hangs on the predicate itself, or reaches it through an occasion. A phrase on a name
    /// does not count: "talks with Japarov in Bishkek" is often parsed with Bishkek on Japarov.
    /// </summary>
    private static bool BelongsToEvent(SentenceTree tree, int token, List<int> anchors)
    {
        var phrases = 0;
        for (var current = token; current >= 0 && !anchors.Contains(current); current = tree.Head(current))
        {
            if (current != token && IsOccasion(tree, current))
            {
                return !IsProspective(tree, current);
            }

            if (anchors.Contains(tree.Head(current)) && OccasionRightBefore(tree, current) is >= 0 and var occasion)
            {
                return !IsProspective(tree, occasion);
            }

            var isPhrase = tree.Relation(current) == "nmod:poss" || (tree.BaseRelation(current) is "nmod" or "obl" && tree.CaseOf(current) is not null);
            if (isPhrase && tree[tree.Head(current)].Upos != "PROPN")
            {
                phrases++;
            }
        }

        return phrases <= 1;
    }

    /// <summary>
    /// The occasion whose phrase ends right before <paramref name="phrase"/> and hangs on the same word, or -1:
    /// "discussed the upcoming visit to Kyrgyzstan", with "to Kyrgyzstan" hung on "discussed", is where the visit goes,
    /// as a phrase right after a noun is read as the noun's.
    /// </summary>
    private static int OccasionRightBefore(SentenceTree tree, int phrase)
    {
        var start = tree.Subtree(phrase).Min();
        return tree.CaseOf(phrase) is null || tree.Head(phrase) is not (var head and >= 0)
            ? -1
            : tree.Children(head).FirstOrDefault(c => c < phrase && IsOccasion(tree, c) && tree.Subtree(c).Max() == start - 1, -1);
    }

    private static bool IsOccasion(SentenceTree tree, int word) => Occasions.Contains(tree.Lemma(word)) || Occasions.Contains(tree.Lower(word));

    private static bool IsProspective(SentenceTree tree, int occasion) => tree.Children(occasion).Any(c => Prospective.Contains(tree.Lower(c)));
}
