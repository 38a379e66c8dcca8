using Dyad.Mentions.Quotes;

namespace Dyad.Mentions.Tests.Quotes;

public sealed class DirectQuotesTests
{
    [Theory]
    [InlineData("He said \"yes\" and \"no\".", "yes|no")]
    [InlineData("“Curly quotes,” he said.", "Curly quotes,")]
    [InlineData("«Guillemets»", "Guillemets")]
    [InlineData("\"Unclosed\nparagraph\" is dropped", "")]
    [InlineData("No quotes at all.", "")]
    public void Pairs_Text_MatchesOpeningAndClosingMarks(string text, string expected)
    {
        var quoted = DirectQuotes.Pairs(text).Select(p => text[(p.Open + 1)..p.Close]);

        Assert.Equal(expected, string.Join('|', quoted));
    }
}
