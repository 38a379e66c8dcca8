using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// Turns the actor-stage mentions of a story into referents: each mention with its kind, number and role, and each
/// coordination of mentions ("Putin and Japarov") as one plural group.
/// </summary>
internal static class ReferentFinder
{
    public static List<Referent> Find(Story story)
    {
        var referents = new List<Referent>();
        var byHead = new Dictionary<int, Referent>();
        foreach (var actor in story.Actors)
        {
            var head = HeadToken(story, actor);
            if (head < 0)
            {
                continue;
            }

            var syntax = story.Syntax[head];
            var kind = KindOf(actor, syntax);
            if (kind == ReferentKinds.None)
            {
                continue;
            }

            var plural = syntax.Xpos is "NNS" or "NNPS" && actor.Resolution is not "Country" and not "Organisation";
            var referent = new Referent(new TextSpan(actor.Start, actor.End), actor.Sentence, head, kind, plural, IsSubject(syntax.Relation), [actor]);
            referents.Add(referent);
            byHead.TryAdd(head, referent);
        }

        referents.AddRange(Groups(story, referents, byHead));
        return referents;
    }

    public static bool IsSubject(string relation) => relation.StartsWith("nsubj", StringComparison.Ordinal);

    /// <summary>The token of the mention whose head lies outside it (a story token index), or -1 when none is inside.</summary>
    public static int HeadToken(Story story, Actor actor)
    {
        var sentence = story.Sentences[actor.Sentence];
        var first = -1;
        var last = -1;
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            var token = story.Tokens[sentence.FirstToken + t];
            if (token.Start >= actor.Start && token.End <= actor.End)
            {
                first = first < 0 ? t : first;
                last = t;
            }
        }

        if (first < 0)
        {
            return -1;
        }

        for (var t = first; t <= last; t++)
        {
            var head = story.Syntax[sentence.FirstToken + t].Head;
            if (head < first || head > last)
            {
                return sentence.FirstToken + t;
            }
        }

        return sentence.FirstToken + last;
    }

    /// <summary>
    /// A country's adjective ("Kyrgyz officials") is no referent; an agent is a person when its noun is a title,
    /// else a body that "it" or "they" can stand for.
    /// </summary>
    private static ReferentKinds KindOf(Actor actor, TokenSyntax head) => actor.Resolution switch
    {
        "PersonRole" or "PersonWithoutRole" or "TitleFallback" or "Counterpart" => ReferentKinds.Person,
        "Country" or "CapitalForGovernment" => head.Upos == "ADJ" ? ReferentKinds.None : ReferentKinds.Country,
        "Organisation" => ReferentKinds.Organisation,
        _ when head.Upos == "ADJ" => ReferentKinds.None,
        _ when ReferringWords.PersonNouns.Contains(head.Lemma) => ReferentKinds.Person,
        _ when head.Xpos is "NNS" or "NNPS" => ReferentKinds.Person | ReferentKinds.Organisation,
        _ => ReferentKinds.Organisation,
    };

    /// <summary>Mentions joined by "and": the first conjunct with every mention whose head is its conj.</summary>
    private static IEnumerable<Referent> Groups(Story story, List<Referent> referents, Dictionary<int, Referent> byHead)
    {
        var members = new Dictionary<Referent, List<Referent>>();
        foreach (var referent in referents)
        {
            var syntax = story.Syntax[referent.HeadToken];
            if (syntax.Relation != "conj" || syntax.Head < 0)
            {
                continue;
            }

            var headToken = story.Sentences[referent.Sentence].FirstToken + syntax.Head;
            if (byHead.TryGetValue(headToken, out var first))
            {
                if (!members.TryGetValue(first, out var list))
                {
                    members[first] = list = [first];
                }

                list.Add(referent);
            }
        }

        foreach (var (first, list) in members)
        {
            var kind = list.Aggregate(ReferentKinds.Any, (k, r) => k & r.Kind);
            yield return new Referent(
                new TextSpan(first.Span.Start, list.Max(r => r.Span.End)),
                first.Sentence,
                first.HeadToken,
                kind,
                Plural: true,
                first.Subject,
                [.. list.SelectMany(r => r.Actors)]);
        }
    }
}
