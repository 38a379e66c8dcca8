using System.Collections.Immutable;
using System.Text.Json;
using Dyad.Core.Stories;

namespace Dyad.Output.Tests;

public sealed class StoryRecordWriterTests
{
    [Fact]
    public void Write_StoryWithDateline_WritesOneLineWithEveryField()
    {
        var story = new Story
        {
            Id = "s1",
            Date = new DateOnly(2023, 5, 8),
            Text = "MOSCOW, May 8. /TASS/. Kremlin’s text.",
            Dateline = new Dateline("MOSCOW", "TASS", new DateOnly(2023, 5, 8), new TextSpan(0, 22)),
            Sentences = [new Sentence(23, 39, 0, 4)],
            Tokens = ImmutableArray.Create(new Token(23, 30), new Token(30, 32), new Token(33, 37), new Token(37, 38)),
            Actors = [new Actor(23, 30, 0, "RUSGOV", "RUS", "GOV", "Kremlin", "Organisation")],
        };

        var line = StoryRecords.Write(story);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;

        Assert.EndsWith("}\n", line, StringComparison.Ordinal);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("s1", root.GetProperty("id").GetString());
        Assert.Equal("TASS", root.GetProperty("source").GetString());
        Assert.Equal("2023-05-08", root.GetProperty("date").GetString());
        Assert.Equal(story.Text, root.GetProperty("text").GetString());
        Assert.Contains("Kremlin’s", line, StringComparison.Ordinal);
        var dateline = root.GetProperty("dateline");
        Assert.Equal("MOSCOW", dateline.GetProperty("place").GetString());
        Assert.Equal(22, dateline.GetProperty("end").GetInt32());
        Assert.Equal(23, root.GetProperty("sentences")[0].GetProperty("start").GetInt32());
        Assert.Equal(4, root.GetProperty("tokens").GetInt32());
        var actor = Assert.Single(root.GetProperty("actors").EnumerateArray());
        Assert.Equal("Kremlin", actor.GetProperty("text").GetString());
        Assert.Equal("RUSGOV", actor.GetProperty("code").GetString());
        Assert.Equal(0, actor.GetProperty("sentence").GetInt32());
    }

    [Fact]
    public void Write_StoryWithoutDateline_WritesNulls()
    {
        using var json = JsonDocument.Parse(StoryRecords.Write(new Story { Id = "s", Text = "x" }));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("dateline").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("date").ValueKind);
    }
}
