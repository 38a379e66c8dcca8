using Dyad.Core.Errors;
using Dyad.Input.Formats;

namespace Dyad.Input.Tests.Formats;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void Read_File_IsOneStoryWithTheDefaultDate()
    {
        var file = new StoryFile("p.txt", "p", ReaderOptions.Default with { DefaultDate = new DateOnly(2024, 2, 29) });

        var story = Assert.Single(PlainTextReader.Read(file, LinesOf.Text("First paragraph.\n\nSecond.\n\n"))).Story!;

        Assert.Equal("p", story.Id);
        Assert.Equal("First paragraph.\n\nSecond.", story.Text);
        Assert.Equal(new DateOnly(2024, 2, 29), story.Date);
    }

    [Fact]
    public void Read_StoryOverLimit_IsReported()
    {
        var file = new StoryFile("p.txt", "p", ReaderOptions.Default with { MaxRecordBytes = 10 });

        var result = Assert.Single(PlainTextReader.Read(file, LinesOf.Text("12345678\n12345678\n")));

        Assert.Equal(ErrorCodes.TooLarge, result.Error!.Code);
    }
}
