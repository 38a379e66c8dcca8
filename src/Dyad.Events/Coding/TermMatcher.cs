using System.Collections.Immutable;
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
                    after ??= tree.Subtree(roles.Word, c => ClauseBoundaries.Contains(tree.Relation(c))).Where(w => w > roles.Word).ToList();
                    if (!MatchesWithin(tree, word.Words, after, used))
                    {
                        return false;
                    }

                    break;
                case WordTerm word:
                    before ??= roles.Subject >= 0 ? tree.Subtree(roles.Subject) : [];
                    if (!MatchesWithin(tree, word.Words, before, used))
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
                    var found = PhrasesWithNested(tree, roles).FirstOrDefault(p => Accepts(phrase.Preposition, p.Preposition) && phrase.Complement.All(c => MatchesWithin(tree, c, tree.Subtree(p.Head), null)), (Head: -1, Preposition: ""));
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
    /// The predicate's phrases, then the phrases hanging on them: a pattern's phrases are read in a row after the verb,
    /// whichever of them the parse attaches the next one to ("celebrated Eid at X with Y").
    /// </summary>
    private static IEnumerable<(int Head, string Preposition)> PhrasesWithNested(SentenceTree tree, PredicateRoles roles) =>
        roles.Phrases.Concat(roles.Phrases.SelectMany(p => tree.Children(p.Head)
            .Where(c => tree.BaseRelation(c) is "nmod" or "obl" && tree.Relation(c) != "nmod:poss" && tree.CaseOf(c) is not null)
            .Select(c => (c, tree.CaseOf(c)!))));

    private static bool Accepts(PatternWords words, string preposition) =>
        words.Alternatives.Any(a => string.Join(' ', a) == preposition);

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

        return [.. heads, .. tree.Children(obj).Where(c => tree.BaseRelation(c) == "nmod" && tree.CaseOf(c) == "of")];
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
