namespace Dyad.Events.Coding;

/// <summary>
/// A hostile act named as what a speaker judges another's deeds to be ("regards the strikes as an act of
/// aggression", "noted that the operations by X are in violation of international law"): the words are the
/// speaker's verdict, not a report of the act, and CAMEO codes that verdict from the speaker to the one judged, an
/// accusation of aggression (1123) for force and a criticism (111) for anything else
/// (../shared/gold/GUIDELINES.md: "content that is only an evaluation rather than a codeable action").
/// </summary>
internal static class ClauseEvaluation
{
    /// <summary>Verbs that judge their object as something ("regards X as", "qualified X as").</summary>
    private static readonly HashSet<string> JudgingVerbs = new(StringComparer.Ordinal)
    {
        "regard", "consider", "qualify", "view", "see", "describe", "characterise", "characterize", "brand", "label",
        "denounce", "condemn", "treat", "perceive", "assess", "define", "term",
    };

    /// <summary>Adjectives that condemn what they describe.</summary>
    private static readonly HashSet<string> DisapprovingWords = new(StringComparer.Ordinal)
    {
        "destructive", "provocative", "unfriendly", "hostile", "aggressive", "irresponsible", "unacceptable", "illegal",
        "unlawful", "illegitimate", "reckless", "confrontational", "cynical", "unjustified", "unfounded", "groundless",
    };

    /// <summary>Nouns that only frame the act named in their "of" complement ("an act of aggression").</summary>
    private static readonly HashSet<string> FramingNouns = new(StringComparer.Ordinal) { "act", "form", "instance", "case" };

    /// <summary>
    /// The word heading the speaker's phrase and the word heading the judged deed's phrase when
    /// <paramref name="word"/> is such a verdict; null otherwise, or when the speaker is not named ("were qualified as").
    /// </summary>
    public static (int Speaker, int Judged)? Of(SentenceTree tree, int word)
    {
        var noun = tree.BaseRelation(word) == "nmod" && tree.CaseOf(word) == "of" && tree.Head(word) >= 0 && FramingNouns.Contains(tree.Lemma(tree.Head(word)))
            ? tree.Head(word)
            : word;
        return tree.CaseOf(noun) == "as" ? AsVerdict(tree, noun) : CopularVerdict(tree, word);
    }

    /// <summary>
    /// "X regards Y as aggression": the speaker is the subject of the judging verb, the judged its object. The parser
    /// may hang the "as" phrase on the object's own clause ("regards [the US airstrikes] as"), whose subject is then the judged.
    /// </summary>
    private static (int, int)? AsVerdict(SentenceTree tree, int noun)
    {
        var owner = tree.Head(noun);
        if (owner < 0)
        {
            return null;
        }

        if (JudgingVerbs.Contains(tree.Lemma(owner)))
        {
            return Verdict(Subject(tree, owner), tree.Children(owner, "obj").FirstOrDefault(-1));
        }

        var verb = tree.Head(owner);
        if (verb < 0 || !JudgingVerbs.Contains(tree.Lemma(verb)) || tree.Relation(owner) is not ("obj" or "ccomp" or "xcomp"))
        {
            return null;
        }

        var judged = tree[owner].Upos == "VERB" ? tree.Children(owner).FirstOrDefault(c => tree.Relation(c) is "nsubj" or "obj", -1) : owner;
        return Verdict(Subject(tree, verb), judged);
    }

    /// <summary>"X noted that Y's actions are in violation of the law": a copular clause under a verb of saying.</summary>
    private static (int, int)? CopularVerdict(SentenceTree tree, int word)
    {
        var verb = tree.Head(word);
        if (verb < 0 || tree.Relation(word) != "ccomp" || tree[verb].Upos != "VERB" || !tree.IsCopularPredicate(word))
        {
            return null;
        }

        return Verdict(Subject(tree, verb), tree.Children(word, "nsubj").FirstOrDefault(-1));
    }

    private static (int, int)? Verdict(int speaker, int judged) => speaker >= 0 && judged >= 0 ? (speaker, judged) : null;

    private static int Subject(SentenceTree tree, int verb) =>
        tree.Children(verb).FirstOrDefault(c => tree.Relation(c) == "nsubj", -1);

    /// <summary>
    /// The phrases that may name whose deed is judged, in the order to try them: the deed itself ("Washington's
    /// actions"), then who does it ("operations by X", "the actions carried out by X") and what that agent is a group of
    /// ("a group of Western countries"), then, unless the deed is an event noun (<paramref name="isEventNoun"/>), whose
    /// it is ("the actions of X"; "the detention of a journalist" names who suffers it).
    /// </summary>
    public static IEnumerable<int> JudgedParties(SentenceTree tree, int judged, Func<int, bool> isEventNoun)
    {
        ArgumentNullException.ThrowIfNull(isEventNoun);
        yield return judged;
        var agents = tree.Children(judged).Where(c => tree.BaseRelation(c) == "nmod" && tree.CaseOf(c) == "by")
            .Concat(tree.Participles(judged).SelectMany(tree.Children).Where(tree.IsPassiveAgent));
        foreach (var agent in agents)
        {
            yield return agent;
            foreach (var member in tree.OfComplements(agent))
            {
                yield return member;
            }
        }

        if (!isEventNoun(judged))
        {
            foreach (var owner in tree.OfComplements(judged))
            {
                yield return owner;
            }
        }
    }

    /// <summary>
    /// Whether one of the phrases <paramref name="heads"/> judges what it names as bad ("concern over the destructive
    /// and provocative position of X"): concern that adds such a judgement is criticism (111), not mere pessimism (012).
    /// </summary>
    public static bool IsDisapproving(SentenceTree tree, IEnumerable<int> heads) =>
        heads.Where(h => h >= 0)
            .SelectMany(h => tree.Children(h, "amod").Prepend(h))
            .SelectMany(a => tree.Children(a, "conj").Prepend(a))
            .Any(a => DisapprovingWords.Contains(tree.Lower(a)));

    /// <summary>The verdict's code: an accusation of aggression for an act of force (roots 18–20), a criticism for anything else.</summary>
    public static string CodeFor(string actCode) => actCode[..2] is "18" or "19" or "20" ? "1123" : "111";

    /// <summary>Whether an act is hostile enough that naming a deed as it is a verdict on the deed (roots 11–20).</summary>
    public static bool IsHostile(string actCode) => string.CompareOrdinal(actCode[..2], "11") >= 0;
}
