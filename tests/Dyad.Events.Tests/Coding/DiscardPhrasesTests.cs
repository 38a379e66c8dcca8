using Dyad.Events.Coding;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Events.Tests.Coding;

public sealed class DiscardPhrasesTests
{
    private static readonly DiscardPhrases Discards = new(PetrarchDiscardReader.Parse("BASEBALL\nWORLD CUP_\n+TYPHOON\n", "discards.txt").Value);

    [Theory]
    [InlineData("The baseball season opened.", true)]
    [InlineData("Baseballs were sold.", true)]
    [InlineData("The world  cup began.", true)]
    [InlineData("The World Cups began.", false)]
    [InlineData("Antibaseball groups met.", false)]
    [InlineData("A typhoon hit the coast.", false)]
    public void DiscardsSentence_Phrase_MatchesAtAWordStartAsAStemUnlessWholeWord(string sentence, bool expected)
    {
        Assert.Equal(expected, Discards.DiscardsSentence(sentence));
    }

    [Theory]
    [InlineData("A typhoon hit the coast.", true)]
    [InlineData("The baseball season opened.", false)]
    public void DiscardsStory_OnlyStoryPhrases_DiscardTheStory(string sentence, bool expected)
    {
        Assert.Equal(expected, Discards.DiscardsStory(sentence));
    }
}
