using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// Turns the actor-stage mentions of a story into referents: each mention with its kind, number and role, and each
/// coordination of mentions ("Putin and Japarov") as one plural group, and the other noun phrases as referents
/// without actors.
/// </summary>
internal static class ReferentFinder
{
    /// <summary>How the actor stage marks a title or group noun with no country.</summary>
    private const string AgentOnly = nameof(CodeResolution.AgentOnly);

    /// <summary>How many characters may stand between a title and the mention it introduces (" of the Republic of ").</summary>
    private const int TitleReach = 20;

    public static List<Referent> Find(Story story)
    {
        var referents = new List<Referent>();
        var byHead = new Dictionary<int, Referent>();
        foreach (var actor in story.Actors)
        {
            if (IsTitleOfNextMention(story, actor))
            {
                continue;
            }

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
            var referent = new Referent(new TextSpan(actor.Start, actor.End), actor.Sentence, head, kind, plural, IsSubject(story.Syntax[PhraseHead(story, head)].Relation), [actor], GenderOf(story, actor.Sentence, head));
            referents.Add(referent);
            byHead.TryAdd(head, referent);
        }

        referents.AddRange(Groups(story, referents, byHead));
        referents.AddRange(Named(story, [.. Others(story)], byHead));
        return referents;
    }

    /// <summary>
    /// A bare title right before a mention with a country ("President" in "President of the Republic of Turkey Recep
    /// Tayyip Erdogan") names that person: the person is the referent, and a pronoun linked to the title alone
    /// would get a sector with no country.
    /// </summary>
    private static bool IsTitleOfNextMention(Story story, Actor actor) =>
        actor.Resolution == AgentOnly
        && story.Actors.Any(next => next.Sentence == actor.Sentence && next.Country is not null && next.Start >= actor.End && next.Start - actor.End <= TitleReach);

    /// <summary>
    /// Other noun phrases that name an actor after all: in apposition to an actor mention ("Valeska Paris, an
    /// Australian woman"), or a later mention of such a name ("Paris"), take its actors.
    /// </summary>
    private static IEnumerable<Referent> Named(Story story, List<Referent> others, Dictionary<int, Referent> byHead)
    {
        var names = new Dictionary<string, Referent>(StringComparer.Ordinal);
        foreach (var other in others)
        {
            var named = other;
            var syntax = story.Syntax[other.HeadToken];
            var sentence = story.Sentences[other.Sentence];
            if (syntax.Relation == "appos" && syntax.Head >= 0 && byHead.TryGetValue(sentence.FirstToken + syntax.Head, out var host))
            {
                named = other with { Actors = host.Actors, Kind = host.Kind };
            }
            else if (ChildActor(story, sentence, other.HeadToken, byHead) is { } apposed)
            {
                named = other with { Actors = apposed.Actors, Kind = apposed.Kind };
            }
            else if (syntax.Upos == "PROPN" && names.TryGetValue(story.Tokens[other.HeadToken].ToString(story.Text), out var earlier))
            {
                named = other with { Actors = earlier.Actors, Kind = earlier.Kind, Gender = earlier.Gender };
            }

            if (syntax.Upos == "PROPN" && named.Actors.Length > 0)
            {
                foreach (var word in NameWords(story, sentence, other.HeadToken))
                {
                    names[word] = named;
                }
            }

            yield return named;
        }
    }

    /// <summary>An actor mention in apposition to the head, or a title before it ("actor Jason Beghe").</summary>
    private static Referent? ChildActor(Story story, Sentence sentence, int head, Dictionary<int, Referent> byHead)
    {
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            var child = story.Syntax[sentence.FirstToken + t];
            var related = child.Relation == "appos" || (child.Relation == "compound" && sentence.FirstToken + t < head && story.Syntax[head].Upos == "PROPN");
            if (sentence.FirstToken + child.Head == head && child.Head >= 0 && related && byHead.TryGetValue(sentence.FirstToken + t, out var actor))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The words of a name: its head and the words joined to it by flat ("Valeska Paris").</summary>
    private static IEnumerable<string> NameWords(Story story, Sentence sentence, int head)
    {
        yield return story.Tokens[head].ToString(story.Text);
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            var child = story.Syntax[sentence.FirstToken + t];
            if (sentence.FirstToken + child.Head == head && child.Head >= 0 && child.Relation == "flat")
            {
                yield return story.Tokens[sentence.FirstToken + t].ToString(story.Text);
            }
        }
    }

    /// <summary>The heads of noun phrases outside every actor mention, as referents with no actor.</summary>
    private static IEnumerable<Referent> Others(Story story)
    {
        var actor = 0;
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            var sentence = story.Sentences[s];
            for (var t = 0; t < sentence.TokenCount; t++)
            {
                var token = story.Tokens[sentence.FirstToken + t];
                var syntax = story.Syntax[sentence.FirstToken + t];
                while (actor < story.Actors.Length && story.Actors[actor].End <= token.Start)
                {
                    actor++;
                }

                var inActor = story.Actors.Skip(actor).TakeWhile(a => a.Start < token.End).Any(a => a.Start <= token.Start && token.End <= a.End);
                if (inActor || syntax.Upos is not ("NOUN" or "PROPN") || syntax.Relation is "compound" or "flat" or "fixed" or "goeswith" or "amod")
                {
                    continue;
                }

                var plural = syntax.Xpos is "NNS" or "NNPS";
                var kind = syntax.Upos == "PROPN"
                    ? (HasChild(story, sentence, t, "flat") ? ReferentKinds.Person : ReferentKinds.Country | ReferentKinds.Organisation)
                    : IsHuman(syntax.Lemma) ? ReferentKinds.Person
                    : plural ? ReferentKinds.Any | ReferentKinds.Thing
                    : ReferentKinds.Thing;
                yield return new Referent(new TextSpan(token.Start, token.End), s, sentence.FirstToken + t, kind, plural, IsSubject(story.Syntax[PhraseHead(story, sentence.FirstToken + t)].Relation), [], GenderOf(story, s, sentence.FirstToken + t));
            }
        }
    }

    private static bool IsHuman(string lemma) => ReferringWords.PersonNouns.Contains(lemma) || ReferringWords.HumanNouns.Contains(lemma);

    private static bool HasChild(Story story, Sentence sentence, int head, string relation)
    {
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            var child = story.Syntax[sentence.FirstToken + t];
            if (child.Head == head && child.Relation == relation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The gender of a head noun ("woman") or of the title before a name ("Mrs").</summary>
    private static Gender GenderOf(Story story, int sentenceIndex, int head)
    {
        var gender = ReferringWords.GenderOf(story.Syntax[head].Lemma);
        var sentence = story.Sentences[sentenceIndex];
        for (var t = 0; t < sentence.TokenCount && gender == Gender.Unknown; t++)
        {
            if (sentence.FirstToken + story.Syntax[sentence.FirstToken + t].Head == head && story.Syntax[sentence.FirstToken + t].Head >= 0)
            {
                gender = ReferringWords.GenderOf(story.Tokens[sentence.FirstToken + t].ToString(story.Text));
            }
        }

        return gender;
    }

    public static bool IsSubject(string relation) => relation.StartsWith("nsubj", StringComparison.Ordinal);

    /// <summary>
    /// The token a name or title hangs from: "leader" in "the opposition leader Anna Petrova" is a compound of the
    /// name, whose relation to the verb is the phrase's.
    /// </summary>
    public static int PhraseHead(Story story, int token)
    {
        var sentence = story.Sentences.First(s => token >= s.FirstToken && token < s.FirstToken + s.TokenCount);
        for (var steps = 0; steps < sentence.TokenCount && story.Syntax[token].Head >= 0 && story.Syntax[token].Relation is "compound" or "flat" or "appos" or "nmod:desc"; steps++)
        {
            token = sentence.FirstToken + story.Syntax[token].Head;
        }

        return token;
    }

    /// <summary>The token of the mention whose head lies outside it, a noun first (a story token index), or -1 when none is inside.</summary>
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

        // A misparsed modifier can also point outside ("Russian" as an adverb of the verb): a noun is the head.
        var outside = -1;
        for (var t = first; t <= last; t++)
        {
            var syntax = story.Syntax[sentence.FirstToken + t];
            if (syntax.Head < first || syntax.Head > last)
            {
                if (syntax.Upos is "NOUN" or "PROPN")
                {
                    return sentence.FirstToken + t;
                }

                outside = outside < 0 ? t : outside;
            }
        }

        return sentence.FirstToken + (outside < 0 ? last : outside);
    }

    /// <summary>
    /// An adjective ("Kyrgyz officials", "English captain") is no referent; an agent is a person when its noun is a title,
    /// else a body that "it" or "they" can stand for.
    /// </summary>
    private static ReferentKinds KindOf(Actor actor, TokenSyntax head) => actor.Resolution switch
    {
        _ when head.Upos == "ADJ" => ReferentKinds.None,
        "PersonRole" or "PersonWithoutRole" or "TitleFallback" or "Counterpart" => ReferentKinds.Person,
        "Country" or "CapitalForGovernment" => ReferentKinds.Country,
        "Organisation" => ReferentKinds.Organisation,
        _ when IsHuman(head.Lemma) || head.Xpos is "NNS" or "NNPS" => ReferentKinds.Person,
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
