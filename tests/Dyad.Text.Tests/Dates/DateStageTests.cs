using Dyad.Core.Stories;
using Dyad.Text.Dates;

namespace Dyad.Text.Tests.Dates;

public sealed class DateStageTests
{
    [Fact]
    public void Process_Story_FindsDatesOfEverySentenceAgainstTheStoryDate()
    {
        var story = new TextStage(TextOptions.Default).Process(new Story { Id = "s", Date = new DateOnly(2023, 5, 8), Text = "They met on Monday. The treaty of June 20, 2017 stands." });

        var dates = new DateStage().Process(story).Dates;

        Assert.Equal([new DateOnly(2023, 5, 8), new DateOnly(2017, 6, 20)], dates.Select(d => d.First));
    }

    [Fact]
    public void Process_UndatedStory_FindsNothing()
    {
        var story = new TextStage(TextOptions.Default).Process(new Story { Id = "s", Text = "They met on Monday." });

        Assert.Empty(new DateStage().Process(story).Dates);
    }
}
