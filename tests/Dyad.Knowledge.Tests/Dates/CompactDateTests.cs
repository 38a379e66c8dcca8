using Dyad.Knowledge.Dates;

namespace Dyad.Knowledge.Tests.Dates;

public sealed class CompactDateTests
{
    [Theory]
    [InlineData("140608", "2014-06-08")]
    [InlineData("000101", "2000-01-01")]
    [InlineData("291231", "2029-12-31")]
    [InlineData("300101", "1930-01-01")]
    [InlineData("991231", "1999-12-31")]
    [InlineData("19950601", "1995-06-01")]
    [InlineData("18970101", "1897-01-01")]
    [InlineData("20000229", "2000-02-29")]
    public void TryParse_ValidDate_ReadsDayWithTwoDigitYearPivot(string text, string expected)
    {
        Assert.True(CompactDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(expected), date);
    }

    [Theory]
    [InlineData("2004017")]
    [InlineData("201005011")]
    [InlineData("1920030320")]
    [InlineData("990230")]
    [InlineData("19991301")]
    [InlineData("19990100")]
    [InlineData("")]
    [InlineData("14O608")]
    public void TryParse_MalformedDate_ReturnsFalse(string text) => Assert.False(CompactDate.TryParse(text, out _));
}
