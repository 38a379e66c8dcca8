using Dyad.Events.Coding;
using Dyad.Events.Patterns;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Events.Tests.Coding;

public sealed class TermMatcherTests
{
    private const string Verbs = """
        --- PROMISE [030] ---
        PROMISE
        - * AID [033]

        """;

    [Fact]
    public void TryMatch_ObjectHungOnAnEarlierVerb_MatchesTheWordAfterThePredicate()
    {
        // "Bree condemned the attack and promised aid to Rohan", with "aid" hung on "condemned" with no preposition.
        var tree = ParsedSentence.Of(
            ("Bree", "PROPN", 1, "nsubj"), ("condemned", "VERB", -1, "root"), ("the", "DET", 3, "det"), ("attack", "NOUN", 1, "obj"),
            ("and", "CCONJ", 5, "cc"), ("promised", "VERB", 1, "conj"), ("aid", "NOUN", 1, "obl"), ("to", "ADP", 8, "case"),
            ("Rohan", "PROPN", 6, "nmod"));
        var roles = new PredicateRoles(tree, 5, isNoun: false, _ => true);

        var matched = TermMatcher.TryMatch(tree, roles, AidPattern(), out _, out var used);

        Assert.True(matched);
        Assert.Equal([6], used);
    }

    [Fact]
    public void TryMatch_WordOnlyBeforeThePredicate_DoesNotMatch()
    {
        // "Bree sent aid and promised": "aid" is the earlier verb's, before the predicate.
        var tree = ParsedSentence.Of(
            ("Bree", "PROPN", 1, "nsubj"), ("sent", "VERB", -1, "root"), ("aid", "NOUN", 1, "obj"), ("and", "CCONJ", 4, "cc"),
            ("promised", "VERB", 1, "conj"));
        var roles = new PredicateRoles(tree, 4, isNoun: false, _ => true);

        Assert.False(TermMatcher.TryMatch(tree, roles, AidPattern(), out _, out _));
    }

    private static PredicatePattern AidPattern()
    {
        var result = PetrarchVerbReader.Parse(Verbs, "verbs.txt");
        Assert.Empty(result.Diagnostics);
        return PetrarchPatternCompiler.Compile([result.Value]).Find(PredicateKind.Verb, "promise", "promised").Single(p => p.Forward == "033");
    }
}
