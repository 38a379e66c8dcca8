using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Events.Coding;

/// <summary>
/// Capitals that stand for their governments: a capital that acts or owns ("Kiev should lift the blockade",
/// "Washington's actions", "a recognition by Kiev") or that places a government body ("the authorities in Kiev") is
/// the government (UKRGOV, USAGOV), where a capital that only places an event ("talks in Kiev") stays a place. One
/// that hosts ("Tehran hosted a meeting", "Ashgabat hosts talks") is the country, the host of a venue
/// (../shared/gold/GUIDELINES.md: TKM). Only the capital of a country the story names elsewhere counts, since a
/// capital may stand for another body ("Brussels" for the European Union).
/// </summary>
internal static class CapitalGovernments
{
    private const string Capital = "capital";

    /// <summary>
    /// The government actors of the capitals in the sentence of <paramref name="tree"/> in such a role, each with the
    /// words of the tree it covers. Words inside <paramref name="mentioned"/> already name an actor and are passed over;
    /// <paramref name="isAgent"/> tells a title or group noun ("authorities").
    /// </summary>
    public static IEnumerable<(Actor Actor, int First, int Last)> In(Story story, SentenceTree tree, IReadOnlySet<int> mentioned, Func<int, bool> isAgent)
    {
        foreach (var place in story.Places)
        {
            if (place.Sentence != tree.Index || place.Place.Kind != Capital || !story.Actors.Any(a => a.Country == place.Place.Country))
            {
                continue;
            }

            var words = Enumerable.Range(0, tree.Count).Where(i => tree.Token(i).End > place.Start && tree.Token(i).Start < place.End).ToList();
            if (words.Count == 0 || words.Any(mentioned.Contains))
            {
                continue;
            }

            var head = words.First(w => !words.Contains(tree.Head(w)));
            var country = place.Place.Country;
            if (IsHost(tree, head))
            {
                yield return (new Actor(place.Start, place.End, tree.Index, country, country, null, place.Place.Name, nameof(CodeResolution.CapitalForCountry)), words[0], words[^1]);
            }
            else if (StandsForGovernment(tree, head, isAgent))
            {
                var actor = new Actor(place.Start, place.End, tree.Index, country + "GOV", country, "GOV", place.Place.Name, nameof(CodeResolution.CapitalForGovernment));
                yield return (actor, words[0], words[^1]);
            }
        }
    }

    private static bool IsHost(SentenceTree tree, int head) =>
        tree.Relation(head) == "nsubj" && tree.Head(head) is var governor and >= 0 && tree.Lemma(governor) == "host";

    private static bool StandsForGovernment(SentenceTree tree, int head, Func<int, bool> isAgent)
    {
        var relation = tree.Relation(head);
        var governor = tree.Head(head);
        if (relation is "nsubj" or "nsubj:pass" or "nmod:poss" or "obl:agent")
        {
            return true;
        }

        return tree.BaseRelation(head) is "nmod" or "obl" && governor >= 0 && tree.CaseOf(head) switch
        {
            "by" => tree[governor].Upos == "NOUN",
            "in" => isAgent(governor),
            _ => false,
        };
    }
}
