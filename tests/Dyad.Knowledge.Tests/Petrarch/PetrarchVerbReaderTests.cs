using Dyad.Knowledge.Petrarch;
using Dyad.Knowledge.Petrarch.Verbs;

namespace Dyad.Knowledge.Tests.Petrarch;

public sealed class PetrarchVerbReaderTests
{
    private const string Fixture =
        "####### SYNONYM SETS #######\n" +                      // 1
        "&TREATY\n" +                                           // 2
        "+TREATY\n" +                                           // 3
        "+PACT\n" +                                             // 4
        "+CASH_\n" +                                            // 5  no plural for this member
        "\n" +                                                  // 6
        "&AUXVERB_\n" +                                         // 7  no plurals for this set
        "+WILL\n" +                                             // 8
        "+IS_TO\n" +                                            // 9
        "\n" +                                                  // 10
        "&TIES\n" +                                             // 11
        "+&TREATY\n" +                                          // 12 nested set
        "+(TO THE END)\n" +                                     // 13 prepositional member
        "\n" +                                                  // 14
        "---  SIGN   [057]  ---\n" +                            // 15
        "SIGN\n" +                                              // 16 regular forms
        "INK {INKS INKED INKING} [---]\n" +                     // 17 irregular forms, own code
        "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}\n" +          // 18 multi-word verb
        "WIRE_+TAP\n" +                                         // 19 verb word not first
        "- * &TREATY (WITH +)                 [057]  # SIGN\n" + // 20
        "- $ * {MILITARY &TREATY}             [057:057]\n" +    // 21 noun phrase, pair code
        "- % * (ON ^)                         [:043]\n" +       // 22 compound, skip, reverse only
        "- * (TO)                             [---]\n" +        // 23 bare preposition, null code
        "- (IN) * DEAL $                      [0311]\n" +       // 24 before-verb preposition
        "- *SCEPTICAL                         [012]\n" +        // 25 glued star
        "- * &UNDEFINED                       [012]\n" +        // 26 undefined set
        "- * DEAL                             [075A]\n" +       // 27 bad code
        "- * (WITH DEAL                       [031]\n" +        // 28 unbalanced
        "- DEAL                               [031]\n" +        // 29 no star
        "* (TO QUESTION)                      [110]\n" +        // 30 missing dash
        "~ a (a b ATTACK) SAY = a b 138\n" +                    // 31 transformation
        "\n" +                                                  // 32
        "---  MEET   [---]  ---\n" +                            // 33
        "MEET {MEETS MET MEETING}\n" +                          // 34
        "- * (WITH +)                         [036]\n";         // 35

    [Fact]
    public void Parse_Fixture_KeepsEveryReadablePatternWithItsLine()
    {
        var result = PetrarchVerbReader.Parse(Fixture, "fixture.verbs.txt");

        Assert.Equal([20, 21, 22, 23, 24, 25, 30, 35], result.Value.Patterns.Select(p => p.Source.Line));
        Assert.Equal([25, 26, 27, 28, 29, 30], result.Diagnostics.Select(d => d.Line).Distinct());
        Assert.All(result.Value.Patterns, p => Assert.Equal("fixture.verbs.txt", p.Source.File));
    }

    [Theory]
    [InlineData(20, "* &TREATY (WITH +) [057]")]
    [InlineData(21, "$ * {MILITARY &TREATY} [057:057]")]
    [InlineData(22, "% * (ON ^) [:043]")]
    [InlineData(23, "* (TO) [---]")]
    [InlineData(24, "(IN) * DEAL $ [0311]")]
    [InlineData(25, "* SCEPTICAL [012]")]
    [InlineData(30, "* (TO QUESTION) [110]")]
    public void Parse_Patterns_RoundTripThroughTheModel(int line, string expected) =>
        Assert.Equal(expected, PetrarchVerbReader.Parse(Fixture, "f").Value.Patterns.Single(p => p.Source.Line == line).ToString());

    [Fact]
    public void Parse_PatternStructure_ExposesElementsForAMatcher()
    {
        var pattern = PetrarchVerbReader.Parse(Fixture, "f").Value.Patterns.Single(p => p.Source.Line == 20);

        Assert.Empty(pattern.BeforeVerb);
        Assert.Equal(new SynsetElement("TREATY"), pattern.AfterVerb[0]);
        var with = Assert.IsType<PrepositionalElement>(pattern.AfterVerb[1]);
        Assert.Equal("WITH", Assert.IsType<WordElement>(with.Preposition).Words[0]);
        Assert.Equal(new MarkerElement(PatternMarker.Target), Assert.Single(with.Complement));
        Assert.Equal(new PatternCode("057", null), pattern.Code);
        Assert.Equal("SIGN", pattern.BlockName);
    }

    [Theory]
    [InlineData(21, "057", "057")]
    [InlineData(22, null, "043")]
    [InlineData(23, null, null)]
    public void Parse_PairCodes_SplitIntoForwardAndReverse(int line, string? forward, string? reverse)
    {
        var code = PetrarchVerbReader.Parse(Fixture, "f").Value.Patterns.Single(p => p.Source.Line == line).Code;

        Assert.Equal(forward, code.Forward);
        Assert.Equal(reverse, code.Reverse);
    }

    [Theory]
    [InlineData("TREATY", "TREATY|TREATIES|PACT|PACTS|CASH")]
    [InlineData("AUXVERB", "WILL|IS_TO")]
    [InlineData("TIES", "&TREATY|(TO THE END)")]
    public void Parse_Synsets_AddPluralsUnlessUnderscored(string name, string expected)
    {
        var synset = PetrarchVerbReader.Parse(Fixture, "f").Value.Synsets[name];

        Assert.Equal(expected.Split('|'), synset.Members.Select(m => m.ToString()));
    }

    [Fact]
    public void Parse_SynsetMemberWithBlanks_IsOneRunOfConsecutiveWords()
    {
        var synset = PetrarchVerbReader.Parse("&CURRENCY\n+SWISS FRANC\n+AUSTRIAN_GOLD FLORIN_\n", "f").Value.Synsets["CURRENCY"];

        Assert.Equal(["SWISS_FRANC", "SWISS_FRANCS", "AUSTRIAN_GOLD_FLORIN"], synset.Members.Select(m => m.ToString()));
    }

    [Theory]
    [InlineData("SIGNED", "SIGN", "SIGN")]
    [InlineData("SIGNING", "SIGN", "SIGN")]
    [InlineData("INKED", "SIGN", "INK")]
    [InlineData("CORDONED", "SIGN", "+CORDON_OFF")]
    [InlineData("TAPS", "SIGN", "WIRE_+TAP")]
    [InlineData("MET", "MEET", "MEET")]
    public void Lookup_InflectedVerbWord_FindsBlockAndVerb(string word, string block, string verb)
    {
        var found = Assert.Single(PetrarchVerbReader.Parse(Fixture, "f").Value.Lookup(word));

        Assert.Equal(block, found.Block.Name);
        Assert.Equal(verb, found.Verb.Base.ToString());
    }

    [Fact]
    public void MembersOf_NestedSet_FlattensToWordsAndPhrases()
    {
        var verbs = PetrarchVerbReader.Parse(Fixture, "f").Value;

        Assert.Equal(["TREATY", "TREATIES", "PACT", "PACTS", "CASH", "(TO THE END)"], verbs.MembersOf("TIES").Select(m => m.ToString()));
        Assert.Empty(verbs.MembersOf("UNDEFINED"));
    }

    [Theory]
    [InlineData("signed", new[] { 20, 21, 22, 23, 24, 25, 30 })]
    [InlineData("MET", new[] { 35 })]
    [InlineData("walk", new int[0])]
    public void PatternsFor_VerbWord_PatternsOfItsBlockInFileOrder(string word, int[] lines) =>
        Assert.Equal(lines, PetrarchVerbReader.Parse(Fixture, "f").Value.PatternsFor(word).Select(p => p.Source.Line));

    [Fact]
    public void Parse_VerbCodes_BlockCodeUnlessVerbHasItsOwn()
    {
        var verbs = PetrarchVerbReader.Parse(Fixture, "f").Value;
        var sign = verbs.Blocks[0];

        Assert.Equal(new PatternCode("057", null), sign.Code);
        Assert.Null(sign.Verbs[0].Code);
        Assert.True(sign.Verbs[1].Code!.IsNull);
        Assert.True(verbs.Blocks[1].Code.IsNull);
    }

    [Fact]
    public void Parse_Transformation_KeepsBothSides()
    {
        var transformation = Assert.Single(PetrarchVerbReader.Parse(Fixture, "f").Value.Transformations);

        Assert.Equal(("a (a b ATTACK) SAY", "a b 138", 31), (transformation.Condition, transformation.Result, transformation.Source.Line));
    }
}
