using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// How a predicate's clause presents it: negated ("did not sign", "no talks"), intended ("will visit", "agreed to
/// send", "confirmed their readiness to deepen", "upcoming visit") or hypothetical ("could meet", "if ... meet"),
/// read from its auxiliaries, negation words and the verbs or nouns that govern it.
/// </summary>
internal static class ClauseModality
{
    private static readonly HashSet<string> IntentGovernors = new(StringComparer.Ordinal)
    {
        "agree", "plan", "intend", "decide", "promise", "pledge", "want", "hope", "seek", "expect", "prepare", "aim",
        "go", "wish", "offer", "propose", "vow", "undertake", "resolve", "ready", "willing", "determined", "prepared",
        "readiness", "intention", "willingness", "intent", "decision", "commitment", "desire", "agreement", "threaten", "dedication",
        "favour", "open", "interested",
    };

    /// <summary>
    /// Words that ask someone else to act ("urged X to withdraw", "stressed the need to implement", "pointed out the
    /// importance of releasing"): the act asked for has not happened.
    /// </summary>
    private static readonly HashSet<string> AppealGovernors = new(StringComparer.Ordinal)
    {
        "urge", "call", "ask", "invite", "encourage", "request", "press", "persuade", "demand", "appeal", "advise", "instruct", "order", "tell", "want",
        "need", "importance", "necessity",
    };

    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal)
    {
        "upcoming", "forthcoming", "planned", "future", "proposed", "next", "scheduled", "expected", "possible", "prospective",
    };

    /// <summary>Intent governors that two parties share: "agreed with X to hold talks" binds both.</summary>
    private static readonly HashSet<string> MutualGovernors = new(StringComparer.Ordinal) { "agree", "agreement" };

    /// <summary>Whether a word announces an act of its own subject in its complement ("agreed to send", "readiness to deepen").</summary>
    public static bool IsIntentGovernor(string lemma) => IntentGovernors.Contains(lemma);

    /// <summary>
    /// The modality and negation of predicate <paramref name="word"/>, following it up through control verbs and,
    /// for an event noun, the verb it is the object of ("did not impose sanctions"), as <paramref name="conventions"/>
    /// allow: modal auxiliaries may be left out, and so may the intent and negation of governing verbs.
    /// </summary>
    public static (Modality Modality, bool Negated) Of(SentenceTree tree, int word, CodingConventions conventions)
    {
        if (conventions.ModalAuxiliaries && PoliteSpeechActs.IsPerformed(tree, word))
        {
            return (Modality.Asserted, false);
        }

        // "intend to strengthen the partnership and promote cooperation": a verb joined to a governed one shares what
        // governs it (not its negation: "did not sign but met").
        var joinedTo = tree.Head(word);
        var modality = tree.Relation(word) == "conj" && joinedTo >= 0 && tree[joinedTo].Upos == "VERB"
            ? Of(tree, joinedTo, conventions).Modality
            : Modality.Asserted;
        var negated = false;
        var current = word;
        var inVerbGroup = true;
        for (var depth = 0; depth < 4 && current >= 0; depth++)
        {
            foreach (var child in tree.Children(current))
            {
                var relation = tree.Relation(child);
                if ((relation == "advmod" && (tree.Is(child, "not") || tree.Is(child, "never") || tree.Lower(child) == "n't"))
                    || (relation == "det" && tree.Lower(child) is "no"))
                {
                    negated |= inVerbGroup || conventions.GoverningVerbs;
                }
                else if (relation == "aux" && conventions.ModalAuxiliaries)
                {
                    modality = Stronger(modality, AuxiliaryModality(tree.Lemma(child)));
                }
                else if (relation == "mark" && tree.Is(child, "if"))
                {
                    modality = Modality.Hypothetical;
                }
                else if (relation == "amod" && FutureWords.Contains(tree.Lower(child)))
                {
                    modality = Stronger(modality, Modality.Intended);
                }
            }

            var head = tree.Head(current);
            var place = tree[current].Upos == "NOUN" ? tree.OccasionPlace(current) : -1;
            inVerbGroup &= IsBareComplement(tree, current);
            var ofNoun = OfClauseNoun(tree, current);
            var governor = ofNoun >= 0 ? ofNoun : head;
            var complement = ofNoun >= 0 || (head >= 0 && IsComplement(tree, current));
            if (complement && AppealGovernors.Contains(tree.Lemma(governor)))
            {
                modality = Modality.Hypothetical;
            }
            else if (complement && conventions.GoverningVerbs && GovernsIntent(tree, governor) && !HasSubjectOfItsOwn(tree, current))
            {
                modality = Stronger(modality, Modality.Intended);
            }
            else if (!(tree.Relation(current) == "xcomp" || (tree[current].Upos == "NOUN" && (tree.Relation(current) is "obj" or "nsubj:pass" || place >= 0))) || head < 0)
            {
                break;
            }

            current = place >= 0 ? place : head;
        }

        return (modality, negated);
    }

    /// <summary>
    /// Whether <paramref name="word"/> is intended by one party alone: the complement of an intent governor other than
    /// an agreement ("Russia seeks to develop relations with X", "expressed readiness to hold talks with X"), which CAMEO
    /// codes from that party only, even for an act that would be mutual once done.
    /// </summary>
    public static bool IsOneSidedIntent(SentenceTree tree, int word)
    {
        var current = word;
        for (var depth = 0; depth < 4; depth++)
        {
            var head = tree.Head(current);
            if (head < 0)
            {
                return false;
            }

            var complement = IsComplement(tree, current);
            if (complement && GovernsIntent(tree, head))
            {
                return !MutualGovernors.Contains(tree.Lemma(head));
            }

            if (!(tree.Relation(current) == "xcomp" || (tree[current].Upos == "NOUN" && tree.Relation(current) is "obj" or "nsubj:pass")))
            {
                return false;
            }

            current = head;
        }

        return false;
    }

    /// <summary>
    /// Whether a clause completes the word it hangs on ("agreed to send", "readiness to deepen", "open to broadening",
    /// which the parse may hang on the adjective as an adverbial clause; "urged X to help", which it may hang on the
    /// appeal as one; or a "to" clause on the verb whose object is the intent word: "confirmed his dedication to
    /// building up cooperation"); a past participle on a noun ("the agreement, signed by ...") reports what was done
    /// instead.
    /// </summary>
    private static bool IsComplement(SentenceTree tree, int clause) =>
        tree.Relation(clause) is "xcomp" or "ccomp" || (tree.Relation(clause) == "acl" && tree[clause].Xpos != "VBN")
        || (tree.Relation(clause) == "advcl" && tree.Head(clause) is >= 0 and var head
            && ((tree[head].Upos == "ADJ" && (tree.IsMarkedBy(clause, "to") || tree.IsMarkedBy(clause, "in")))
                || (tree.IsMarkedBy(clause, "to") && (AppealGovernors.Contains(tree.Lemma(head)) || tree.Children(head, "obj").Any(o => IntentGovernors.Contains(tree.Lemma(o)))))));

    /// <summary>
    /// Whether a verb completes the verb it hangs on with no marker or subject between them ("will not wire tap", "did
    /// not help build"): the two are one verb group, so a negation of the first denies the act of the second, which a
    /// negated governor with a "to" clause ("won't try to clash") need not.
    /// </summary>
    private static bool IsBareComplement(SentenceTree tree, int clause) =>
        tree.Relation(clause) == "xcomp" && tree[clause].Upos == "VERB" && tree.Head(clause) is >= 0 and var head && tree[head].Upos == "VERB"
        && !tree.Children(clause).Any(c => tree.Relation(c) is "mark" or "nsubj" or "nsubj:pass" or "aux");

    /// <summary>
    /// Whether <paramref name="head"/> announces the act in its complement: an intent word, or a verb whose object is
    /// one ("expressed its readiness to hold talks", parsed with "to hold" on "expressed").
    /// </summary>
    private static bool GovernsIntent(SentenceTree tree, int head) =>
        IntentGovernors.Contains(tree.Lemma(head)) || tree.Children(head, "obj").Any(o => IntentGovernors.Contains(tree.Lemma(o)));

    /// <summary>
    /// Whether a complement clause names a subject of its own, not a pronoun that may stand for the governor's:
    /// "agreed that the disputes should be resolved" states a view, where "agreed that it would send" and
    /// "agreed to send" announce the subject's own act.
    /// </summary>
    public static bool HasSubjectOfItsOwn(SentenceTree tree, int clause) =>
        tree.Children(clause).Any(c => tree.Relation(c) is "nsubj" or "nsubj:pass" && tree[c].Upos != "PRON");

    /// <summary>
    /// The noun that an "of" clause hung on a verb completes: in "spoke in favour of arranging a meeting" the parser
    /// attaches "of arranging" to "spoke", though "favour" governs it. -1 when <paramref name="clause"/> is no such clause.
    /// </summary>
    private static int OfClauseNoun(SentenceTree tree, int clause)
    {
        var head = tree.Head(clause);
        if (head < 0 || tree.Relation(clause) != "advcl" || !tree.IsMarkedBy(clause, "of"))
        {
            return -1;
        }

        return tree.Children(head).Where(c => c < clause && tree[c].Upos == "NOUN" && tree.BaseRelation(c) is "obl" or "obj").DefaultIfEmpty(-1).Max();
    }

    private static Modality AuxiliaryModality(string lemma) => lemma switch
    {
        "will" or "shall" or "'ll" or "would" => Modality.Intended,
        "could" or "might" or "may" or "can" or "should" or "must" => Modality.Hypothetical,
        _ => Modality.Asserted,
    };

    private static Modality Stronger(Modality a, Modality b) => (Modality)Math.Max((int)a, (int)b);
}
