using Dyad.Core.Stories;

namespace Dyad.Core.Tests.Stories;

public sealed class StoryTests
{
    [Fact]
    public void Words_SecondSentence_GivesItsTokenTextsInOrder()
    {
        var story = new Story
        {
            Id = "s",
            Text = "Hi. They don't.",
            Tokens = [new Token(0, 2), new Token(2, 3), new Token(4, 8), new Token(9, 11), new Token(11, 14), new Token(14, 15)],
            Sentences = [new Sentence(0, 3, 0, 2), new Sentence(4, 15, 2, 4)],
        };

        Assert.Equal(["They", "do", "n't", "."], story.Words(story.Sentences[1]));
    }
}
