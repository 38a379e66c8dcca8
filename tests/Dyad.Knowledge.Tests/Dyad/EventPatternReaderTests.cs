using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class EventPatternReaderTests
{
    private const string Header = "# format: events 1\n# sources: test\n";

    [Fact]
    public void Parse_VerbAndNounPatterns_ReadLemmaObjectsPrepAndCode()
    {
        var result = EventPatternReader.Parse(Header + "noun talks -> 040 | prep: with\nverb sign -> 057 | object: agreement, treaty\nverb sign -> 0311 | object: contract\n", "events.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [(PredicateKind.Noun, "talks", "", "with", "040"), (PredicateKind.Verb, "sign", "agreement treaty", null, "057"), (PredicateKind.Verb, "sign", "contract", null, "0311")],
            result.Value.Select(p => (p.Kind, p.Lemma, string.Join(' ', p.Objects), p.Preposition, p.Code)));
    }

    [Theory]
    [InlineData("verb sign -> 57A")]
    [InlineData("verb sign -> 211")]
    [InlineData("verb sign -> 5")]
    [InlineData("adverb quickly -> 040")]
    [InlineData("verb -> 040")]
    public void Parse_BadPattern_IsAnError(string line)
    {
        var result = EventPatternReader.Parse(Header + line + "\n", "events.txt");

        Assert.Empty(result.Value);
        Assert.Equal(3, Assert.Single(result.Diagnostics).Line);
    }

    [Fact]
    public void Parse_SameKeyObjectAndPrep_IsADuplicate()
    {
        var result = EventPatternReader.Parse(Header + "verb sign -> 057 | object: treaty\nverb sign -> 057 | object: treaty\n", "events.txt");

        Assert.Single(result.Value);
        Assert.Contains("duplicate", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
