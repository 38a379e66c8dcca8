using Dyad.Events.Coding;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Events.Tests.Coding;

public sealed class DiscardListTests
{
    private static readonly DiscardList Discards = new(PetrarchDiscardReader.Parse("YEARS LATER\n+HURRICANE\nCRICKET_\n", "test.discards.txt").Value);

    [Theory]
    [InlineData("two years later the treaty was signed", 1, 2)]
    [InlineData("the cricket team of india beat pakistan", 1, 1)]
    [InlineData("the hurricanes hit cuba", 1, 1)]
    public void Find_SentenceWithAPhrase_GivesWhereItIs(string sentence, int start, int length)
    {
        var found = Discards.Find(sentence.Split(' '), storyLevelOnly: false);

        Assert.Equal((start, length), (found?.Start, found?.Length));
    }

    [Theory]
    [InlineData("the crickets sang all night")]
    [InlineData("the years that followed were calm")]
    [InlineData("india beat pakistan")]
    public void Find_NoPhraseOrOnlyAStemOfAWholeWordEntry_GivesNull(string sentence)
    {
        Assert.Null(Discards.Find(sentence.Split(' '), storyLevelOnly: false));
    }

    [Fact]
    public void Find_StoryLevelOnly_SkipsSentenceLevelPhrases()
    {
        Assert.Null(Discards.Find("two years later".Split(' '), storyLevelOnly: true));
        Assert.Equal("test.discards.txt:2", Discards.Find("a hurricane hit cuba".Split(' '), storyLevelOnly: true)?.Origin);
    }
}
