using Dyad.Core.Errors;
using Dyad.Input.Formats;

namespace Dyad.Input.Tests.Formats;

public sealed class WireReaderTests
{
    [Fact]
    public void Read_TwoStories_SplitsAtDateLinesAndKeepsParagraphs()
    {
        var results = Read("date 2023-05-08 MOSCOW, May 8. /TASS/. First.\n\nSecond paragraph.\ndate 2023-05-09 Other story.\n");

        Assert.Equal(2, results.Count);
        var first = results[0].Story!;
        Assert.Equal("wire", first.Id);
        Assert.Equal(new DateOnly(2023, 5, 8), first.Date);
        Assert.Equal("MOSCOW, May 8. /TASS/. First.\n\nSecond paragraph.", first.Text);
        Assert.Equal(1, first.Origin.Line);
        Assert.Equal("wire-2", results[1].Story!.Id);
        Assert.Equal(4, results[1].Story!.Origin.Line);
    }

    [Fact]
    public void Read_LeadingSpaceBeforeDate_IsAccepted()
    {
        var story = Assert.Single(Read(" date 2023-05-08 MOSCOW, May 8. /TASS/. Text.")).Story!;

        Assert.Equal("MOSCOW, May 8. /TASS/. Text.", story.Text);
    }

    [Fact]
    public void Read_InvalidDate_ReportsThatStoryAndReadsTheNext()
    {
        var results = Read("date 2023-13-45 Bad.\nMore.\ndate 2023-05-09 Good.\n");

        Assert.Equal(ErrorCodes.InvalidDate, results[0].Error!.Code);
        Assert.Equal(1, results[0].Error!.Line);
        Assert.Equal("Good.", results[1].Story!.Text);
    }

    [Fact]
    public void Read_TextBeforeFirstDateLine_IsReportedOnce()
    {
        var results = Read("stray\nmore stray\ndate 2023-05-09 Good.\n");

        Assert.Equal(ErrorCodes.MissingDate, results[0].Error!.Code);
        Assert.Equal("Good.", results[1].Story!.Text);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void Read_DateLineWithoutText_IsEmptyStoryError()
    {
        var result = Assert.Single(Read("date 2023-05-09\n\n"));

        Assert.Equal(ErrorCodes.Empty, result.Error!.Code);
    }

    private static List<ReadResult> Read(string text)
    {
        var file = new StoryFile("wire.txt", "wire", ReaderOptions.Default);
        return [.. WireReader.Read(file, LinesOf.Text(text))];
    }
}
