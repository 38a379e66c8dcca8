using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Tests.Petrarch;

public sealed class PetrarchDiscardReaderTests
{
    [Fact]
    public void Parse_Fixture_ReadsLevelWordEndAndCase()
    {
        const string fixture =
            "# sentence and story discards\n" +
            "MONTHS LATER\n" +
            "+World Golf Championships   # story level\n" +
            "BASEBALL_\n" +
            "months later\n";

        var result = PetrarchDiscardReader.Parse(fixture, "fixture.discards.txt");

        Assert.Equal(
            [("MONTHS LATER", false, false, 2), ("WORLD GOLF CHAMPIONSHIPS", true, false, 3), ("BASEBALL", false, true, 4)],
            result.Value.Select(d => (d.Phrase, d.WholeStory, d.WholeWord, d.Source.Line)));
        Assert.Equal(5, Assert.Single(result.Diagnostics).Line);
    }
}
