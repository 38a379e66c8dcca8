using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class EventPatternReaderTests
{
    private const string Header = "# format: events 2\n# sources: test\n";

    [Fact]
    public void Parse_VerbAndNounPatterns_ReadEveryField()
    {
        var result = EventPatternReader.Parse(
            Header + "noun visit -> 042 | target: to | reverse: 043\nverb carry out -> 190 | object: strike\nverb hold -> 046 | object: talks, negotiations | target: with | joint: yes | context: diplomatic\n",
            "events.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                ("noun visit", "", "to", "042", "043", false, ""),
                ("verb carry out", "strike", "object", "190", null, false, ""),
                ("verb hold", "talks negotiations", "with", "046", null, true, "diplomatic"),
            ],
            result.Value.Select(p => (p.Predicate, string.Join(' ', p.Objects), string.Join(' ', p.Targets), p.Code, p.Reverse, p.Joint, string.Join(' ', p.Contexts))));
    }

    [Theory]
    [InlineData("verb sign -> 57A")]
    [InlineData("verb sign -> 211")]
    [InlineData("verb sign -> 5")]
    [InlineData("adverb quickly -> 040")]
    [InlineData("verb -> 040")]
    [InlineData("noun visit over -> 042")]
    [InlineData("verb visit -> 042 | reverse: 2")]
    [InlineData("verb meet -> 040 | joint: maybe")]
    [InlineData("verb meet -> 040 | joint: yes | reverse: 040")]
    [InlineData("noun talks -> 040 | target: object")]
    public void Parse_BadPattern_IsAnError(string line)
    {
        var result = EventPatternReader.Parse(Header + line + "\n", "events.txt");

        Assert.Empty(result.Value);
        Assert.Equal(3, Assert.Single(result.Diagnostics).Line);
    }

    [Fact]
    public void Parse_ObjectPhraseWithoutItsHeadsPattern_IsAnErrorOnItsLine()
    {
        var result = EventPatternReader.Parse(Header + "verb deepen -> 062 | object: military cooperation\nverb sign -> 057 | object: treaty\n", "events.txt");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(3, error.Line);
        Assert.Contains("'cooperation'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ObjectPhraseWithItsHeadsPattern_IsRead()
    {
        var result = EventPatternReader.Parse(Header + "verb deepen -> 060 | object: cooperation\nverb deepen -> 062 | object: military cooperation\n", "events.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["military cooperation"], result.Value[1].Objects);
    }

    [Fact]
    public void Parse_SameKeyObjectAndTarget_IsADuplicate()
    {
        var result = EventPatternReader.Parse(Header + "verb sign -> 057 | object: treaty\nverb sign -> 057 | object: treaty\n", "events.txt");

        Assert.Single(result.Value);
        Assert.Contains("duplicate", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
