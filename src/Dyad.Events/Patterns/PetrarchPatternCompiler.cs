using System.Collections.Immutable;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Petrarch.Verbs;

namespace Dyad.Events.Patterns;

/// <summary>
/// Turns PETRARCH-2 verb dictionaries into the patterns the coder matches on a dependency parse. Words before
/// <c>*</c> are looked for in the subject, words after it in the verb's clause; <c>(PREP ...)</c> is a
/// prepositional phrase on the verb or its object; <c>$</c> and <c>+</c> say which phrase gives the source and the
/// target (a source after the verb with no target marked makes the subject the target) (by default the subject and the object, else the first actor-bearing phrase on the verb or inside its
/// object, else, as PETRARCH takes the first actor after the verb, any later phrase of its clause, else the subject
/// of a complement clause that codes nothing itself); <c>%</c> asks for a coordinated subject and makes the action joint, and a coordinated subject with no target is coded between its
/// members, as TABARI does. Synonym sets become their members; a noun phrase <c>{A B}</c> asks for its head with its modifiers before it. Each verb also
/// gets its block's bare code as a pattern with no terms, after the block's patterns so that any pattern that
/// matches comes first.
/// </summary>
public static class PetrarchPatternCompiler
{
    /// <summary>Where PETRARCH finds the actor after the verb: the object, else the first actor-bearing phrase that follows.</summary>
    private static readonly ImmutableArray<RoleSlot> AfterVerb = [RoleSlot.DirectObject, RoleSlot.AnyPhrase, RoleSlot.WithinObject, RoleSlot.AfterPredicate];

    private static readonly ImmutableArray<RoleSlot> DefaultTargets = [.. AfterVerb, RoleSlot.Complement];

    /// <summary>The subject, else for a passive with no agent the first actor after the verb, which PETRARCH reads as its agent.</summary>
    private static readonly ImmutableArray<RoleSlot> DefaultSources = [RoleSlot.Subject, RoleSlot.AgentlessPassive];

    public static PatternLexicon Compile(IEnumerable<PetrarchVerbSet> verbSets)
    {
        var entries = new List<(string, PredicatePattern)>();
        foreach (var set in verbSets)
        {
            foreach (var block in set.Blocks)
            {
                var compiled = block.Patterns.Select(p => Compile(set, p)).ToArray();
                foreach (var verb in block.Verbs)
                {
                    var lemma = verb.Base.Head.ToLowerInvariant();
                    var extra = ExtraWords(verb.Base);
                    var bare = new PredicatePattern(
                        PredicateKind.Verb, lemma, null, [], DefaultSources, DefaultTargets,
                        (verb.Code ?? block.Code).Forward, (verb.Code ?? block.Code).Reverse, false, true, [],
                        $"{Path.GetFileName(verb.Source.File)}:{verb.Source.Line} {verb.Base} {verb.Code ?? block.Code}");
                    foreach (var pattern in compiled.Append(bare))
                    {
                        var withVerb = pattern with { Lemma = lemma, Terms = [.. extra, .. pattern.Terms] };
                        foreach (var form in verb.Forms.Prepend(verb.Base).Select(f => f.Head.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
                        {
                            entries.Add((form, withVerb));
                        }
                    }
                }
            }
        }

        return new PatternLexicon(entries, formsFirst: true);
    }

    private static ImmutableArray<PatternTerm> ExtraWords(VerbForm form) =>
        [.. form.Words.Select((w, i) => (w, i)).Where(x => x.i != form.HeadIndex)
            .Select(x => new WordTerm(PatternWords.Of([x.w.ToLowerInvariant()]), x.i < form.HeadIndex ? TermRegion.Before : TermRegion.After))];

    private static PredicatePattern Compile(PetrarchVerbSet set, VerbPattern pattern)
    {
        var terms = new List<PatternTerm>();
        var sources = DefaultSources;
        var targets = DefaultTargets;
        var joint = false;
        var sourceAfterVerb = false;
        var targetMarked = false;
        var skippedAfterVerb = 0;
        foreach (var (elements, region) in new[] { (pattern.BeforeVerb, TermRegion.Before), (pattern.AfterVerb, TermRegion.After) })
        {
            PatternElement? previous = null;
            foreach (var element in elements)
            {
                switch (element)
                {
                    case MarkerElement { Marker: PatternMarker.Compound }:
                        joint = true;
                        terms.Add(new CompoundTerm(region));
                        break;
                    case MarkerElement { Marker: PatternMarker.Skip } when region == TermRegion.After:
                        skippedAfterVerb++;
                        break;
                    case MarkerElement { Marker: PatternMarker.Target } when region == TermRegion.After && previous is WordElement word:
                        // "* THEIR ^ ABOUT +": the target is the actor right after the word, the phrase it introduces.
                        targets = [new RoleSlot(RoleSlotKind.Phrase, WordsOf(set, word)), .. AfterVerb];
                        targetMarked = true;
                        break;
                    case MarkerElement { Marker: PatternMarker.Target }:
                        // Before the verb is the phrase written there, which for a passive is its object: "+ * (FROM $)"
                        // in "X was freed from Y" targets X.
                        targets = region == TermRegion.Before ? [RoleSlot.Subject, RoleSlot.DirectObject] : AfterVerbSkipping(skippedAfterVerb);
                        targetMarked = true;
                        if (region == TermRegion.Before)
                        {
                            sources = AfterVerb;
                        }

                        break;
                    case MarkerElement { Marker: PatternMarker.Source } when region == TermRegion.After:
                        sources = AfterVerbSkipping(skippedAfterVerb);
                        sourceAfterVerb = true;
                        break;
                    case MarkerElement:
                        break;
                    case PrepositionalElement phrase:
                        var complement = phrase.Complement.Where(c => c is not MarkerElement).Select(c => WordsOf(set, c)).ToImmutableArray();
                        var carets = phrase.Complement.Count(c => c is MarkerElement { Marker: PatternMarker.Skip });
                        var skipped = carets > 0;

                        // "(AT ^ ^) +": the first caret is the phrase's own complement, each further one passes over the
                        // next actor-bearing phrase before the target, as a caret does outside a phrase.
                        if (region == TermRegion.After && carets > 1)
                        {
                            skippedAfterVerb += carets - 1;
                        }

                        terms.Add(new PhraseTerm(WordsOf(set, phrase.Preposition), complement, skipped));
                        var slot = new RoleSlot(RoleSlotKind.Term, Term: terms.Count - 1);
                        foreach (var marker in phrase.Complement.OfType<MarkerElement>())
                        {
                            if (marker.Marker == PatternMarker.Target)
                            {
                                targets = [slot];
                                targetMarked = true;
                            }
                            else if (marker.Marker == PatternMarker.Source)
                            {
                                sources = [slot];
                                sourceAfterVerb = true;
                            }
                        }

                        break;
                    case NounPhraseElement nounPhrase:
                        var parts = nounPhrase.Parts.Where(p => p is not MarkerElement).Select(p => WordsOf(set, p)).ToImmutableArray();
                        if (!parts.IsEmpty)
                        {
                            terms.Add(new NounPhraseTerm(parts[..^1], parts[^1], region));
                        }

                        break;
                    default:
                        terms.Add(new WordTerm(WordsOf(set, element), region));
                        break;
                }

                previous = element;
            }
        }

        if (sourceAfterVerb && !targetMarked)
        {
            targets = [RoleSlot.Subject];
        }

        return new PredicatePattern(
            PredicateKind.Verb, "", null, [.. terms], sources, targets, pattern.Code.Forward, joint ? pattern.Code.Forward : pattern.Code.Reverse, joint, true, [],
            $"{Path.GetFileName(pattern.Source.File)}:{pattern.Source.Line} {pattern}");
    }

    /// <summary>
    /// Where an actor after the verb comes from once <paramref name="skipped"/> actors are passed over ("* TABASKI ^ $"):
    /// the actor-bearing phrases after the verb in text order.
    /// </summary>
    private static ImmutableArray<RoleSlot> AfterVerbSkipping(int skipped) =>
        skipped == 0 ? AfterVerb : [new RoleSlot(RoleSlotKind.AfterPredicate, Skipped: skipped)];

    /// <summary>The words an element accepts: a word or its run of words, a synonym set's members, a noun phrase's head.</summary>
    private static PatternWords WordsOf(PetrarchVerbSet set, PatternElement element) => element switch
    {
        SynsetElement synset => new PatternWords([.. set.MembersOf(synset.Name).SelectMany(m => WordsOf(set, m).Alternatives).Distinct()]),
        NounPhraseElement nounPhrase => WordsOf(set, nounPhrase.Head),
        WordElement word => new PatternWords([[.. word.Words.Select(w => w.ToLowerInvariant())]]),
        _ => new PatternWords([]),
    };
}
