using System.Globalization;
using Dyad.Core.Stories;
using Dyad.Text.Dates;

namespace Dyad.Text.Tests.Dates;

public sealed class DateExpressionFinderTests
{
    private const string Monday = "2023-05-08";

    /// <summary>Text, story date, the expression found, and the first and last day it covers.</summary>
    public static TheoryData<string, string, string, string, string> Expressions { get; } = new()
    {
        { "the agreement of September 20, 2012 on the base", Monday, "September 20, 2012", "2012-09-20", "2012-09-20" },
        { "signed on 20 June 2017 in Bishkek", Monday, "20 June 2017", "2017-06-20", "2017-06-20" },
        { "signed on the 20th of June, 2017", Monday, "20th of June, 2017", "2017-06-20", "2017-06-20" },
        { "the Sept. 20, 2012 agreement", Monday, "Sept. 20, 2012", "2012-09-20", "2012-09-20" },
        { "dated 2012-09-20 in Bishkek", Monday, "2012-09-20", "2012-09-20", "2012-09-20" },
        { "the base opened in 2012", Monday, "2012", "2012-01-01", "2012-12-31" },
        { "in force since 2014", Monday, "2014", "2014-01-01", "2014-12-31" },
        { "to be finished by 2030", Monday, "2030", "2030-01-01", "2030-12-31" },
        { "the treaty of 1992", Monday, "1992", "1992-01-01", "1992-12-31" },
        { "talks in mid-May", Monday, "mid-May", "2023-05-11", "2023-05-20" },
        { "talks in early June", Monday, "early June", "2023-06-01", "2023-06-10" },
        { "a summit in late May", Monday, "late May", "2023-05-21", "2023-05-31" },
        { "by the end of May", Monday, "the end of May", "2023-05-21", "2023-05-31" },
        { "elections in early 2012", Monday, "early 2012", "2012-01-01", "2012-04-30" },
        { "elections in late 2012", Monday, "late 2012", "2012-09-01", "2012-12-31" },
        { "in mid-2019 the talks", Monday, "mid-2019", "2019-05-01", "2019-08-31" },
        { "met on Monday", Monday, "Monday", "2023-05-08", "2023-05-08" },
        { "met on Friday", Monday, "Friday", "2023-05-05", "2023-05-05" },
        { "met on Sunday", Monday, "Sunday", "2023-05-07", "2023-05-07" },
        { "met on Wednesday", Monday, "Wednesday", "2023-05-03", "2023-05-03" },
        { "met last Friday", Monday, "last Friday", "2023-05-05", "2023-05-05" },
        { "met last Monday", Monday, "last Monday", "2023-05-01", "2023-05-01" },
        { "will meet next Friday", Monday, "next Friday", "2023-05-12", "2023-05-12" },
        { "will meet this Friday", Monday, "this Friday", "2023-05-12", "2023-05-12" },
        { "said yesterday", Monday, "yesterday", "2023-05-07", "2023-05-07" },
        { "will say tomorrow", Monday, "tomorrow", "2023-05-09", "2023-05-09" },
        { "said today", Monday, "today", "2023-05-08", "2023-05-08" },
        { "speaks tonight", Monday, "tonight", "2023-05-08", "2023-05-08" },
        { "clashes last night", Monday, "last night", "2023-05-07", "2023-05-07" },
        { "said this morning", Monday, "this morning", "2023-05-08", "2023-05-08" },
        { "arrived the day before yesterday", Monday, "the day before yesterday", "2023-05-06", "2023-05-06" },
        { "leaves the day after tomorrow", Monday, "the day after tomorrow", "2023-05-10", "2023-05-10" },
        { "spoke on the eve, officials said", Monday, "the eve", "2023-05-07", "2023-05-07" },
        { "rallies over the weekend", Monday, "the weekend", "2023-05-06", "2023-05-07" },
        { "met last week", Monday, "last week", "2023-05-01", "2023-05-07" },
        { "meets this week", Monday, "this week", "2023-05-08", "2023-05-14" },
        { "meets next week", Monday, "next week", "2023-05-15", "2023-05-21" },
        { "talks next month", Monday, "next month", "2023-06-01", "2023-06-30" },
        { "talks last month", Monday, "last month", "2023-04-01", "2023-04-30" },
        { "talks this month", Monday, "this month", "2023-05-01", "2023-05-31" },
        { "elections last year", Monday, "last year", "2022-01-01", "2022-12-31" },
        { "elections next year", Monday, "next year", "2024-01-01", "2024-12-31" },
        { "growth this year", Monday, "this year", "2023-01-01", "2023-12-31" },
        { "signed earlier this year", Monday, "earlier this year", "2023-01-01", "2023-05-08" },
        { "met earlier this month", Monday, "earlier this month", "2023-05-01", "2023-05-08" },
        { "will meet later this year", Monday, "later this year", "2023-05-08", "2023-12-31" },
        { "met later this week", Monday, "later this week", "2023-05-08", "2023-05-14" },
        { "arrived two days ago", Monday, "two days ago", "2023-05-06", "2023-05-06" },
        { "arrived a week ago", Monday, "a week ago", "2023-05-01", "2023-05-01" },
        { "began three months ago", Monday, "three months ago", "2023-02-01", "2023-02-28" },
        { "began 10 years ago", Monday, "10 years ago", "2013-01-01", "2013-12-31" },
        { "founded 2022 years ago", Monday, "2022 years ago", "0001-01-01", "0001-12-31" },
        { "will vote in two weeks", Monday, "two weeks", "2023-05-22", "2023-05-22" },
        { "will vote in three days", Monday, "three days", "2023-05-11", "2023-05-11" },
        { "talks on May 8-10, 2023", Monday, "May 8-10, 2023", "2023-05-08", "2023-05-10" },
        { "talks on 8-10 May", Monday, "8-10 May", "2023-05-08", "2023-05-10" },
        { "from 2012 to 2014", Monday, "2012 to 2014", "2012-01-01", "2014-12-31" },
        { "between 2012 and 2014", Monday, "2012 and 2014", "2012-01-01", "2014-12-31" },
        { "the 2015-2017 programme", Monday, "2015-2017", "2015-01-01", "2017-12-31" },
        { "in September 2012", Monday, "September 2012", "2012-09-01", "2012-09-30" },
        { "in August, 2024 it ends", Monday, "August, 2024", "2024-08-01", "2024-08-31" },
        { "talks in May", Monday, "May", "2023-05-01", "2023-05-31" },
        { "talks in December", Monday, "December", "2022-12-01", "2022-12-31" },
        { "talks last December", Monday, "last December", "2022-12-01", "2022-12-31" },
        { "talks next March", Monday, "next March", "2024-03-01", "2024-03-31" },
        { "in the 1990s", Monday, "the 1990s", "1990-01-01", "1999-12-31" },
        { "met on March 3", Monday, "March 3", "2023-03-03", "2023-03-03" },
        { "meets on June 20th", Monday, "June 20th", "2023-06-20", "2023-06-20" },
        { "met on 5 May", Monday, "5 May", "2023-05-05", "2023-05-05" },
        { "BEIJING, Jan. 15 talks", "2025-01-15", "Jan. 15", "2025-01-15", "2025-01-15" },
        { "a New Year statement of Dec. 31", "2024-01-01", "Dec. 31", "2023-12-31", "2023-12-31" },
        { "IGORA, December 26 meeting", "2024-01-02", "December 26", "2023-12-26", "2023-12-26" },
        { "met on Saturday", "2024-03-02", "Saturday", "2024-03-02", "2024-03-02" },
        { "rallies this weekend", "2024-03-02", "this weekend", "2024-03-02", "2024-03-03" },
        { "born on February 29, 2024", Monday, "February 29, 2024", "2024-02-29", "2024-02-29" },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Find_Expression_ResolvesToItsDays(string text, string story, string expression, string first, string last)
    {
        var mention = Assert.Single(DateExpressionFinder.Find(text, Day(story)));

        Assert.Equal(expression, mention.Span.ToString(text));
        Assert.Equal(Day(first), mention.First);
        Assert.Equal(Day(last), mention.Last);
    }

    [Theory]
    [InlineData("May I ask a question?")]
    [InlineData("The march drew thousands.")]
    [InlineData("He was 20 years old.")]
    [InlineData("a 2012 report on trade")]
    [InlineData("on the eve of the summit")]
    [InlineData("signed on February 29, 2023")]
    [InlineData("Article 5 of the treaty")]
    [InlineData("the monday meeting")]
    [InlineData("what happened on this day 5779 years ago")]
    [InlineData("some 900000 days ago")]
    public void Find_NoDateExpression_FindsNothing(string text)
    {
        Assert.Empty(DateExpressionFinder.Find(text, Day(Monday)));
    }

    [Theory]
    [InlineData("the agreement of September 20, 2012", false)]
    [InlineData("met on Monday", true)]
    [InlineData("met on 5 May", true)]
    public void Find_Expression_SaysWhetherTheStoryDateWasNeeded(string text, bool relative)
    {
        Assert.Equal(relative, DateExpressionFinder.Find(text, Day(Monday)).Single().Relative);
    }

    [Fact]
    public void Find_TwoExpressions_FindsBothInOrderWithinTheRange()
    {
        const string text = "Signed on September 20, 2012 and ratified in 2013; met on Friday.";

        var mentions = DateExpressionFinder.Find(text, 0, text.IndexOf(';', StringComparison.Ordinal), Day(Monday));

        Assert.Equal(["September 20, 2012", "2013"], mentions.Select(m => m.Span.ToString(text)));
        Assert.Equal(DatePrecision.Year, mentions[1].Precision);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
