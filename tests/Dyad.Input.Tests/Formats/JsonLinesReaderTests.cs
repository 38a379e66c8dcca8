using Dyad.Core.Errors;
using Dyad.Input.Formats;

namespace Dyad.Input.Tests.Formats;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Read_RecordWithTitleAndLead_JoinsThemAsParagraphsAndIgnoresOtherFields()
    {
        var story = Assert.Single(Read("""{"id": 51177, "date": "2016-01-18", "title": "T", "lead": "L", "text": "Body.", "url": "http://x", "tags": [1]}""")).Story!;

        Assert.Equal("51177", story.Id);
        Assert.Equal(new DateOnly(2016, 1, 18), story.Date);
        Assert.Equal("T\n\nL\n\nBody.", story.Text);
        Assert.Equal("Body.", story.Text[story.BodyStart..]);
        Assert.Equal("T", story.Title);
        Assert.Equal("http://x", story.Url);
    }

    [Theory]
    [InlineData("not json", ErrorCodes.InvalidJson)]
    [InlineData("[1, 2]", ErrorCodes.InvalidJson)]
    [InlineData("""{"date": "2020-01-01", "text": "x"}""", ErrorCodes.MissingField)]
    [InlineData("""{"id": "a", "date": "2020-01-01"}""", ErrorCodes.MissingField)]
    [InlineData("""{"id": "a", "date": "01/02/2020", "text": "x"}""", ErrorCodes.InvalidDate)]
    public void Read_BadRecord_IsReportedWithItsLineAndTheNextRecordIsRead(string bad, string code)
    {
        var results = Read(bad + "\n" + """{"id": "ok", "date": "2020-01-01", "text": "fine"}""");

        Assert.Equal(code, results[0].Error!.Code);
        Assert.Equal(1, results[0].Error!.Line);
        Assert.Equal("ok", results[1].Story!.Id);
    }

    [Fact]
    public void Read_RecordWithoutDate_TakesTheDefaultDate()
    {
        var file = new StoryFile("x.jsonl", "x", ReaderOptions.Default with { DefaultDate = new DateOnly(2023, 5, 8) });

        var story = Assert.Single(JsonLinesReader.Read(file, LinesOf.Text("""{"id": "a", "text": "x"}"""))).Story!;

        Assert.Equal(new DateOnly(2023, 5, 8), story.Date);
    }

    private static List<ReadResult> Read(string text) =>
        [.. JsonLinesReader.Read(new StoryFile("x.jsonl", "x", ReaderOptions.Default), LinesOf.Text(text))];
}
