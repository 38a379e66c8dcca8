using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Tests.Petrarch;

public sealed class PetrarchAgentReaderTests
{
    private const string Fixture =
        "<!-- TEST AGENTS -->\n" +                        // 1
        "!PERSON! = MAN, MEN, WOMAN , WOMEN\n" +          // 2  macro; blanks stripped
        "!MINIST! = MINISTER, MINISTRY\n" +               // 3
        "PRESIDENT [~GOV] # regular plural\n" +           // 4
        "POLICE {} [~COP]\n" +                            // 5  no plural
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n" + // 6 irregular plural
        "CONGRESS!PERSON! [~LEG]\n" +                     // 7  macro inside a word
        "FOREIGN_!MINIST! [~GOVFRM]\n" +                  // 8  macro as a word
        "HUMAN_RIGHTS_BODY  [NGO~]\n" +                   // 9  code goes before the actor
        "TROOP {} [ ~MIL]\n" +                            // 10 blank inside the brackets
        "DEPARTMENT_OF_ENVIRONMENT [~ENV}\n" +            // 11 closed with a brace
        "ISLAMIC_EXTREMIST\n" +                           // 12 no code
        "SPY!AGENT! [~SPY]\n" +                           // 13 undefined macro
        "ENVOY [GOV]\n" +                                 // 14 no '~'
        "SECRETARY [~GOV]\n" +                            // 15 consonant + Y
        "ATTORNEY [~JUD]\n";                              // 16 vowel + Y

    [Fact]
    public void Parse_Fixture_ReadsValidLinesAndWarnsOnTheRest()
    {
        var result = PetrarchAgentReader.Parse(Fixture, "fixture.agents.txt");

        Assert.Equal([4, 5, 6, 7, 8, 9, 10, 11, 15, 16], result.Value.Select(e => e.Source.Line));
        Assert.Equal([11, 12, 13, 14], result.Diagnostics.Select(d => d.Line));
    }

    [Theory]
    [InlineData(4, "PRESIDENT|PRESIDENTS")]
    [InlineData(5, "POLICE")]
    [InlineData(6, "ATTORNEY GENERAL|ATTORNEYS GENERAL")]
    [InlineData(7, "CONGRESSMAN|CONGRESSMEN|CONGRESSWOMAN|CONGRESSWOMEN")]
    [InlineData(8, "FOREIGN MINISTER|FOREIGN MINISTRY")]
    [InlineData(15, "SECRETARY|SECRETARIES")]
    [InlineData(16, "ATTORNEY|ATTORNEYS")]
    public void Parse_PhraseRules_ExpandToEveryForm(int line, string expected)
    {
        var entry = PetrarchAgentReader.Parse(Fixture, "f").Value.Single(e => e.Source.Line == line);

        Assert.Equal(expected.Split('|'), entry.Phrases.Select(p => string.Join(' ', p)));
    }

    [Theory]
    [InlineData(4, "GOV", AgentCodePlacement.AfterActor)]
    [InlineData(9, "NGO", AgentCodePlacement.BeforeActor)]
    [InlineData(10, "MIL", AgentCodePlacement.AfterActor)]
    [InlineData(11, "ENV", AgentCodePlacement.AfterActor)]
    public void Parse_Codes_TildeSaysWhereTheCodeGoes(int line, string code, AgentCodePlacement placement)
    {
        var entry = PetrarchAgentReader.Parse(Fixture, "f").Value.Single(e => e.Source.Line == line);

        Assert.Equal(code, entry.Code);
        Assert.Equal(placement, entry.Placement);
    }
}
