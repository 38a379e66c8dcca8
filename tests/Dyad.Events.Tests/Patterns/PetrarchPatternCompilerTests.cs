using Dyad.Events.Patterns;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Events.Tests.Patterns;

public sealed class PetrarchPatternCompilerTests
{
    private const string Verbs = """
        &TREATY
        +AGREEMENT
        +ACCORD
        +TREATY
        ###

        --- SIGN [057] ---
        SIGN
        INK
        - * &TREATY (IN ^) (WITH +) [057:057]
        - * {PEACE TREATY} [057]
        - $ * (BY +) [---]

        """;

    [Fact]
    public void Compile_Block_GivesEveryVerbItsPatternsAndTheBareCode()
    {
        var lexicon = Compile();

        var patterns = lexicon.Find(PredicateKind.Verb, "ink", "inked");

        Assert.Equal(4, patterns.Count);
        Assert.Equal("057", patterns[^1].Forward);
        Assert.Empty(patterns[^1].Terms);
        Assert.Equal(patterns.Select(p => p.Specificity).OrderDescending(), patterns.Select(p => p.Specificity));
    }

    [Fact]
    public void Compile_SynsetAndPhrases_BecomeTermsAndTheMarkedTargetSlot()
    {
        var pattern = Compile().Find(PredicateKind.Verb, "sign", "signed").Single(p => p.Origin.Contains("&TREATY", StringComparison.Ordinal));

        var synset = Assert.IsType<WordTerm>(pattern.Terms[0]);
        Assert.Contains("accord", synset.Words.ToString(), StringComparison.Ordinal);
        Assert.Equal(["in", "with"], pattern.Terms.OfType<PhraseTerm>().Select(p => p.Preposition.ToString()));
        Assert.Equal(new RoleSlot(RoleSlotKind.Term, Term: 2), Assert.Single(pattern.TargetSlots));
        Assert.Equal(("057", "057", false), (pattern.Forward, pattern.Reverse, pattern.Joint));
        Assert.StartsWith("verbs.txt:", pattern.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NullCode_BlocksCoding()
    {
        var pattern = Compile().Find(PredicateKind.Verb, "sign", "sign").Single(p => p.Origin.Contains("BY", StringComparison.Ordinal));

        Assert.True(pattern.IsNull);
    }

    private static PatternLexicon Compile()
    {
        var result = PetrarchVerbReader.Parse(Verbs, "verbs.txt");
        Assert.Empty(result.Diagnostics);
        return PetrarchPatternCompiler.Compile([result.Value]);
    }
}
