using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// An event's date: a day-precise date expression that belongs to the predicate's own clause ("met on Monday",
/// "signed on September 20, 2012"), else the story date. A date inside a subordinate or relative clause, or one
/// that covers a week, month or year, leaves the story date in place.
/// </summary>
internal static class EventDates
{
    private static readonly HashSet<string> ClauseBoundaries = new(StringComparer.Ordinal)
    {
        "ccomp", "advcl", "acl:relcl", "acl", "parataxis", "conj", "csubj", "xcomp", "advcl:relcl",
    };

    public static (DateOnly? Date, DateBasis Basis) Of(Story story, SentenceTree tree, int word)
    {
        var anchors = new List<int> { word };
        var head = tree.Head(word);
        if (tree[word].Upos == "NOUN" && head >= 0 && tree.Relation(word) is "obj" or "nsubj" or "nsubj:pass")
        {
            anchors.Add(head);
        }

        var sentence = story.Sentences[tree.Index];
        foreach (var mention in story.Dates)
        {
            if (mention.Span.Start < sentence.Start || mention.Span.End > sentence.End || mention.Precision != DatePrecision.Day)
            {
                continue;
            }

            var token = TokenAt(tree, mention.Span.Start);
            if (token >= 0 && ReachesWithinClause(tree, token, anchors))
            {
                return (mention.First, DateBasis.Text);
            }
        }

        return (story.EffectiveDate, DateBasis.Story);
    }

    private static int TokenAt(SentenceTree tree, int start)
    {
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.Token(i).End > start)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether walking up from the date's words reaches an anchor before leaving the clause.</summary>
    private static bool ReachesWithinClause(SentenceTree tree, int token, List<int> anchors)
    {
        var current = token;
        for (var steps = 0; steps < tree.Count && current >= 0; steps++)
        {
            if (anchors.Contains(current))
            {
                return true;
            }

            if (ClauseBoundaries.Contains(tree.Relation(current)))
            {
                return false;
            }

            current = tree.Head(current);
        }

        return false;
    }
}
