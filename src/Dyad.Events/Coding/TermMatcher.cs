using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Events.Patterns;

namespace Dyad.Events.Coding;

/// <summary>
/// Checks a pattern's terms against the words around a predicate. On success it gives the phrase each
/// <see cref="PhraseTerm"/> matched (for role slots that point at a term) and the words the terms used.
/// </summary>
internal static class TermMatcher
{
    private static readonly HashSet<string> ClauseBoundaries = new(StringComparer.Ordinal)
    {
        "ccomp", "advcl", "parataxis", "conj", "acl:relcl", "punct", "mark", "nsubj", "nsubj:pass", "csubj", "cc",
    };

    /// <summary>
    /// The relations of words that head no phrase. A word before the verb in a PETRARCH pattern is the head of a
    /// phrase there, so "NEITHER *" does not read the "neither" of "Neither X nor Y boycotted ...".
    /// </summary>
    private static readonly HashSet<string> FunctionRelations = new(StringComparer.Ordinal)
    {
        "cc", "cc:preconj", "det", "det:predet", "case", "mark", "punct", "aux", "aux:pass", "cop",
    };

    private static readonly HashSet<string> Partitives = new(StringComparer.Ordinal)
    {
        "part", "bulk", "majority", "most", "rest", "remainder", "half", "share", "portion", "some", "all", "number",
    };

    public static bool TryMatch(SentenceTree tree, PredicateRoles roles, PredicatePattern pattern, out int[] phraseOfTerm, out List<int> used)
    {
        phraseOfTerm = new int[pattern.Terms.Length];
        used = [];
        List<int>? after = null;
        List<int>? before = null;
        for (var t = 0; t < pattern.Terms.Length; t++)
        {
            phraseOfTerm[t] = -1;
            switch (pattern.Terms[t])
            {
                case WordTerm { Region: TermRegion.ObjectHead } word:
                    if (roles.Object < 0 || !MatchesAround(tree, word.Words, ObjectHeads(tree, roles.Object), used))
                    {
                        return false;
                    }

                    break;
                case WordTerm { Region: TermRegion.After } word:
                    after ??= AfterPredicate(tree, roles);
                    if (!MatchesWithin(tree, word.Words, after, used))
                    {
                        return false;
                    }

                    break;
                case WordTerm word:
                    before ??= roles.Subject >= 0 ? tree.Subtree(roles.Subject) : [];
                    if (!MatchesWithin(tree, word.Words, [.. before.Where(w => !FunctionRelations.Contains(tree.Relation(w)))], used))
                    {
                        return false;
                    }

                    break;
                case NounPhraseTerm { Region: TermRegion.Before } nounPhrase:
                    before ??= roles.Subject >= 0 ? tree.Subtree(roles.Subject) : [];
                    if (!MatchesNounPhrase(tree, roles.Word, nounPhrase, before, used))
                    {
                        return false;
                    }

                    break;
                case NounPhraseTerm nounPhrase:
                    after ??= AfterPredicate(tree, roles);
                    if (!MatchesNounPhrase(tree, roles.Word, nounPhrase, after, used))
                    {
                        return false;
                    }

                    break;
                case CompoundTerm compound:
                    var member = compound.Region == TermRegion.Before ? roles.Subject : roles.Object;
                    if (member < 0 || tree.Conjuncts(member).Count < 2)
                    {
                        return false;
                    }

                    break;
                case PhraseTerm phrase:
                    var found = PhrasesWithNested(tree, roles).Concat(Infinitives(tree, roles, phrase))
                        .FirstOrDefault(p => phrase.Preposition.Accepts(p.Preposition) && phrase.Complement.All(c => MatchesWithin(tree, c, tree.Subtree(p.Head), null)), (Head: -1, Preposition: ""));
                    if (found.Item1 < 0)
                    {
                        return false;
                    }

                    phraseOfTerm[t] = found.Item1;
                    break;
            }
        }

        return true;
    }

    /// <summary>
    /// The words of the predicate's own clause after it. A "to" infinitive with no subject of its own is part of that
    /// clause whatever the parse calls it, as it is part of the verb's phrase for PETRARCH: "vowed to wage war" vows war.
    /// </summary>
    private static List<int> AfterPredicate(SentenceTree tree, PredicateRoles roles)
    {
        var words = OwnClauseAfter(tree, roles.Word, roles.Word);

        // An object the parse hung on an earlier verb ("condemned X and promised aid") is still in this clause.
        if (roles.Object > roles.Word && !words.Contains(roles.Object))
        {
            words.AddRange(OwnClauseAfter(tree, roles.Object, roles.Word));
        }

        return words;
    }

    private static List<int> OwnClauseAfter(SentenceTree tree, int top, int predicate) =>
        tree.Subtree(top, c => ClauseBoundaries.Contains(tree.Relation(c)) && !IsBareInfinitive(tree, c)).Where(w => w > predicate).ToList();

    private static bool IsBareInfinitive(SentenceTree tree, int clause) =>
        tree.Relation(clause) == "advcl" && tree[clause].Upos == "VERB" && tree.IsMarkedBy(clause, "to")
        && !ClauseModality.HasSubjectOfItsOwn(tree, clause);

    /// <summary>
    /// The predicate's phrases, then the phrases hanging on them: a pattern's phrases are read in a row after the verb,
    /// whichever of them the parse attaches the next one to ("celebrated Eid at X with Y").
    /// </summary>
    private static IEnumerable<(int Head, string Preposition)> PhrasesWithNested(SentenceTree tree, PredicateRoles roles) =>
        roles.Phrases.Concat(roles.Phrases.SelectMany(p => tree.Children(p.Head)
            .Where(c => tree.BaseRelation(c) is "nmod" or "obl" && tree.Relation(c) != "nmod:poss" && tree.CaseOf(c) is not null)
            .Select(c => (c, tree.CaseOf(c)!))));

    /// <summary>
    /// The predicate's "to" infinitives whose verb is the phrase term's first word: PETRARCH reads "(TO QUESTION)" on
    /// the Penn tag TO, which an infinitive's "to" shares with the preposition ("has begun to question").
    /// </summary>
    private static IEnumerable<(int Head, string Preposition)> Infinitives(SentenceTree tree, PredicateRoles roles, PhraseTerm phrase) =>
        phrase.Complement.IsEmpty
            ? []
            : tree.Children(roles.Word, "xcomp")
                .Where(c => tree.IsMarkedBy(c, "to") && phrase.Complement[0].Alternatives.Any(a => a.Length == 1 && tree.Is(c, a[0])))
                .Select(c => (c, "to"));

    /// <summary>
    /// The object and its conjuncts, and through a part or share of something the something: "withdrawing the main
    /// part of the troops" withdraws troops.
    /// </summary>
    private static List<int> ObjectHeads(SentenceTree tree, int obj)
    {
        var heads = tree.Conjuncts(obj);
        if (!Partitives.Contains(tree.Lemma(obj)))
        {
            return heads;
        }

        return [.. heads, .. tree.OfComplements(obj)];
    }

    /// <summary>Whether an alternative matches a run of words that includes one of <paramref name="heads"/>.</summary>
    private static bool MatchesAround(SentenceTree tree, PatternWords words, List<int> heads, List<int>? used)
    {
        foreach (var alternative in words.Alternatives)
        {
            foreach (var head in heads)
            {
                for (var start = head - alternative.Length + 1; start <= head; start++)
                {
                    if (RunMatches(tree, alternative, start))
                    {
                        used?.AddRange(Enumerable.Range(start, alternative.Length));
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool MatchesWithin(SentenceTree tree, PatternWords words, List<int> region, List<int>? used)
    {
        var inRegion = region.ToHashSet();
        foreach (var alternative in words.Alternatives)
        {
            foreach (var start in region)
            {
                if (RunMatches(tree, alternative, start) && Enumerable.Range(start, alternative.Length).All(inRegion.Contains))
                {
                    used?.AddRange(Enumerable.Range(start, alternative.Length));
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a run in <paramref name="region"/> is the head of a noun phrase that holds the term's modifiers.</summary>
    private static bool MatchesNounPhrase(SentenceTree tree, int predicate, NounPhraseTerm term, List<int> region, List<int> used)
    {
        var inRegion = region.ToHashSet();
        foreach (var head in term.Head.Alternatives)
        {
            foreach (var start in region)
            {
                if (RunMatches(tree, head, start) && Enumerable.Range(start, head.Length).All(inRegion.Contains)
                    && ModifiersBefore(tree, term.Modifiers, PhraseStart(tree, start, predicate), start - 1, out var modifierWords))
                {
                    used.AddRange(Enumerable.Range(start, head.Length));
                    used.AddRange(modifierWords);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The first word of the modifiers before a noun phrase's head: adjectives, nouns, numbers, participles and the
    /// conjunctions between them, up to a determiner, possessive, the predicate or anything else that ends the phrase.
    /// The parse's attachments are not asked: it often hangs one conjoined modifier on another.
    /// </summary>
    private static int PhraseStart(SentenceTree tree, int head, int predicate)
    {
        var first = head;
        while (first > 0 && first - 1 != predicate && IsModifierWord(tree[first - 1]))
        {
            first--;
        }

        return first;
    }

    private static bool IsModifierWord(TokenSyntax word) =>
        word.Upos is "ADJ" or "NOUN" or "PROPN" or "NUM" or "CCONJ" || (word.Upos == "VERB" && word.Xpos is "VBN" or "VBG");

    /// <summary>
    /// Whether the modifiers, last first, stand between <paramref name="first"/> and <paramref name="last"/>: the
    /// last one right before the head, or before a conjunction whose conjuncts reach the head ("death and injury
    /// toll" is a death toll), each earlier one anywhere left of the one after it.
    /// </summary>
    private static bool ModifiersBefore(SentenceTree tree, ImmutableArray<PatternWords> modifiers, int first, int last, out List<int> words)
    {
        words = [];
        var nearest = true;
        for (var m = modifiers.Length - 1; m >= 0; m--)
        {
            var found = false;
            for (var end = last; end >= first && !found; end--)
            {
                if (nearest && end != last && tree[end + 1].Upos != "CCONJ")
                {
                    continue;
                }

                foreach (var alternative in modifiers[m].Alternatives)
                {
                    var start = end - alternative.Length + 1;
                    if (start >= first && RunMatches(tree, alternative, start))
                    {
                        words.AddRange(Enumerable.Range(start, alternative.Length));
                        last = start - 1;
                        found = true;
                        break;
                    }
                }
            }

            if (!found)
            {
                return false;
            }

            nearest = false;
        }

        return true;
    }

    private static bool RunMatches(SentenceTree tree, ImmutableArray<string> alternative, int start)
    {
        if (alternative.IsEmpty || start < 0 || start + alternative.Length > tree.Count)
        {
            return false;
        }

        for (var k = 0; k < alternative.Length; k++)
        {
            if (!tree.Is(start + k, alternative[k]))
            {
                return false;
            }
        }

        return true;
    }
}
