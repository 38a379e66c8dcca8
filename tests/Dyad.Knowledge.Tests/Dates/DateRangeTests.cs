using Dyad.Knowledge.Dates;

namespace Dyad.Knowledge.Tests.Dates;

public sealed class DateRangeTests
{
    [Theory]
    [InlineData("2021-01-28", "", "2021-01-28", true)]
    [InlineData("2021-01-28", "", "2021-01-27", false)]
    [InlineData("", "2020-11-14", "2020-11-14", true)]
    [InlineData("", "2020-11-14", "2020-11-15", false)]
    [InlineData("2008-05-08", "2012-05-07", "2012-05-07", true)]
    [InlineData("2008-05-08", "2012-05-07", "2012-05-08", false)]
    [InlineData("", "", "1900-01-01", true)]
    public void Contains_BoundaryDays_IncludesBothEnds(string from, string to, string day, bool expected) =>
        Assert.Equal(expected, Range(from, to).Contains(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2000-01-01", "2005-01-01", "2005-01-01", "2010-01-01", true)]
    [InlineData("2000-01-01", "2005-01-01", "2005-01-02", "2010-01-01", false)]
    [InlineData("", "2005-01-01", "2004-01-01", "", true)]
    [InlineData("2006-01-01", "", "", "2005-12-31", false)]
    public void Overlaps_TwoRanges_SharedDayMeansOverlap(string from1, string to1, string from2, string to2, bool expected)
    {
        Assert.Equal(expected, Range(from1, to1).Overlaps(Range(from2, to2)));
        Assert.Equal(expected, Range(from2, to2).Overlaps(Range(from1, to1)));
    }

    private static DateRange Range(string from, string to) =>
        new(from.Length == 0 ? null : DateOnly.Parse(from), to.Length == 0 ? null : DateOnly.Parse(to));
}
