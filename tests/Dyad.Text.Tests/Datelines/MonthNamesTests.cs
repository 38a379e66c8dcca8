using Dyad.Text.Datelines;

namespace Dyad.Text.Tests.Datelines;

public sealed class MonthNamesTests
{
    [Theory]
    [InlineData("May 8", 5, 3)]
    [InlineData("December 26", 12, 8)]
    [InlineData("Dec. 26", 12, 4)]
    [InlineData("Sept. 14", 9, 5)]
    [InlineData("Sep. 14", 9, 4)]
    [InlineData("JANUARY 1", 1, 7)]
    [InlineData("Mayor", 0, 0)]
    [InlineData("Dec 26", 12, 3)]
    [InlineData("Ukraine", 0, 0)]
    [InlineData("march 3", 0, 0)]
    public void Read_Word_GivesMonthAndEnd(string text, int month, int end)
    {
        var found = MonthNames.Read(text, 0, out var after);

        Assert.Equal(month, found);
        Assert.Equal(end, after);
    }
}
