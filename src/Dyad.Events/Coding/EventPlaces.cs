using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// An event's place: a known place named in the predicate's own clause ("held talks in Moscow", "clashes in the
/// Donetsk region"), else the dateline's place; a place in a subordinate or relative clause does not count.
/// </summary>
internal static class EventPlaces
{
    public static EventPlace? Of(Story story, SentenceTree tree, int word)
    {
        var anchors = ClauseAnchors.Of(tree, word);
        foreach (var mention in story.Places)
        {
            if (mention.Sentence == tree.Index && mention.TokenStart < tree.Count && ClauseAnchors.Reach(tree, mention.TokenStart, anchors))
            {
                return new EventPlace(mention.Place, new TextSpan(mention.Start, mention.End), PlaceBasis.Text);
            }
        }

        return story.DatelinePlace is { } dateline ? new EventPlace(dateline, null, PlaceBasis.Dateline) : null;
    }
}
