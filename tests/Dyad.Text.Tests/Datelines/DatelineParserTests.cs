using Dyad.Text.Datelines;

namespace Dyad.Text.Tests.Datelines;

public sealed class DatelineParserTests
{
    private static readonly DateOnly StoryDate = new(2023, 5, 8);

    public static TheoryData<string, string, string?, string?, string> Forms => new()
    {
        { "MOSCOW, May 8. /TASS/. Russian President", "MOSCOW", "TASS", "2023-05-08", "MOSCOW, May 8. /TASS/." },
        { "IGORA /Leningrad Region/, December 26. /TASS/. Talks", "IGORA", "TASS", "2022-12-26", "IGORA /Leningrad Region/, December 26. /TASS/." },
        { "UNITED NATIONS, May 8. /TASS/. The council", "UNITED NATIONS", "TASS", "2023-05-08", "UNITED NATIONS, May 8. /TASS/." },
        { "WASHINGTON (Reuters) - The United States", "WASHINGTON", "Reuters", null, "WASHINGTON (Reuters) -" },
        { "KYIV, Ukraine (AP) — Russian forces", "KYIV", "AP", null, "KYIV, Ukraine (AP) —" },
        { "BEIJING, March 3 (Xinhua) -- China said", "BEIJING", "Xinhua", "2023-03-03", "BEIJING, March 3 (Xinhua) --" },
        { "LONDON, 5 May (AFP) - Britain", "LONDON", "AFP", "2023-05-05", "LONDON, 5 May (AFP) -" },
        { "GENEVA, Sept. 14 (Reuters) - Talks", "GENEVA", "Reuters", "2023-09-14", "GENEVA, Sept. 14 (Reuters) -" },
        { "ST. PETERSBURG, Jun. 2 /TASS/. The forum", "ST. PETERSBURG", "TASS", "2023-06-02", "ST. PETERSBURG, Jun. 2 /TASS/." },
        { "NUR-SULTAN, May 7 (Reuters) - Kazakhstan", "NUR-SULTAN", "Reuters", "2023-05-07", "NUR-SULTAN, May 7 (Reuters) -" },
        { "  \nMOSCOW, May 8. /TASS/. Text", "MOSCOW", "TASS", "2023-05-08", "MOSCOW, May 8. /TASS/." },
        { "WASHINGTON, May 7 — The president said", "WASHINGTON", null, "2023-05-07", "WASHINGTON, May 7 —" },
        { "MOSCOW, May 8. The talks began", "MOSCOW", null, "2023-05-08", "MOSCOW, May 8." },
        { "BERLIN (dpa) - Germany said", "BERLIN", "dpa", null, "BERLIN (dpa) -" },
        { "SEOUL, Oct 4 (Yonhap) - North Korea", "SEOUL", "Yonhap", "2023-10-04", "SEOUL, Oct 4 (Yonhap) -" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Parse_DatelineForm_FindsPlaceAgencyDateAndSpan(string text, string place, string? agency, string? date, string span)
    {
        var dateline = DatelineParser.Parse(text, StoryDate);

        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), dateline.Date);
        Assert.Equal(span, dateline.Span.ToString(text));
    }

    [Theory]
    [InlineData("WASHINGTON is a city on the Potomac.")]
    [InlineData("The U.S. said on Monday it would respond.")]
    [InlineData("U.S. officials said the talks were useful.")]
    [InlineData("Putin meets Japarov in Moscow")]
    [InlineData("PUTIN MEETS JAPAROV\nMOSCOW, May 8. /TASS/.")]
    [InlineData("NATO, the alliance, said it would meet.")]
    [InlineData("I said so.")]
    [InlineData("")]
    [InlineData("Moscow, May 8. /TASS/. Lower-case place")]
    [InlineData("MOSCOW, May 8 the talks began")]
    [InlineData("BEST DENTIST EVER -\nVery fast service.")]
    [InlineData("MUST READ - Do not waste your time.")]
    [InlineData("CONGRESSIONAL RECORD — SENATE S65")]
    [InlineData("WASHINGTON (Reuters) -")]
    public void Parse_NoDateline_ReturnsNull(string text) => Assert.Null(DatelineParser.Parse(text, StoryDate));

    [Theory]
    [InlineData("2024-01-01", "MOSCOW, December 31. /TASS/.", "2023-12-31")]
    [InlineData("2023-12-31", "MOSCOW, January 1. /TASS/.", "2024-01-01")]
    [InlineData("2023-07-15", "MOSCOW, July 14. /TASS/.", "2023-07-14")]
    [InlineData("2023-03-01", "MOSCOW, February 29. /TASS/.", "2024-02-29")]
    public void Parse_DayNearYearEnd_TakesTheYearNearestTheStoryDate(string storyDate, string text, string expected)
    {
        var dateline = DatelineParser.Parse(text, DateOnly.Parse(storyDate));

        Assert.Equal(DateOnly.Parse(expected), dateline?.Date);
    }

    [Fact]
    public void Parse_NoStoryDate_LeavesDateNull()
    {
        var dateline = DatelineParser.Parse("MOSCOW, May 8. /TASS/. Text", null);

        Assert.NotNull(dateline);
        Assert.Null(dateline.Date);
        Assert.Equal("TASS", dateline.Agency);
    }
}
