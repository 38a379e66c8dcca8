using Dyad.Knowledge.Treaties;

namespace Dyad.Knowledge.Tests.Treaties;

public sealed class CsvFieldsTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("a,,c", new[] { "a", "", "c" })]
    [InlineData("\"Crisina, Moral\",x", new[] { "Crisina, Moral", "x" })]
    [InlineData("\"say \"\"hi\"\"\",x", new[] { "say \"hi\"", "x" })]
    [InlineData("a,", new[] { "a", "" })]
    public void Split_Line_GivesFields(string line, string[] fields)
    {
        Assert.Equal(fields, CsvFields.Split(line));
    }

    [Fact]
    public void Split_UnclosedQuote_IsNull()
    {
        Assert.Null(CsvFields.Split("\"open,x"));
    }
}
