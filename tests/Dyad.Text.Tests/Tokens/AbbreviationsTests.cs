using Dyad.Text.Tokens;

namespace Dyad.Text.Tests.Tokens;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("Mr", false, true)]
    [InlineData("Gen", false, true)]
    [InlineData("Jan", false, true)]
    [InlineData("Inc", false, true)]
    [InlineData("gen", false, false)]
    [InlineData("No", false, false)]
    [InlineData("No", true, true)]
    [InlineData("pp", true, true)]
    [InlineData("talks", true, false)]
    public void Keeps_Word_TellsWhetherTheFullStopBelongsToIt(string word, bool numberFollows, bool expected) =>
        Assert.Equal(expected, Abbreviations.Keeps(word, numberFollows));

    [Theory]
    [InlineData("Mr", true)]
    [InlineData("Lt", true)]
    [InlineData("St", true)]
    [InlineData("Inc", false)]
    [InlineData("Jan", false)]
    public void PrecedesName_Word_TellsWhetherANameFollows(string word, bool expected) =>
        Assert.Equal(expected, Abbreviations.PrecedesName(word));
}
